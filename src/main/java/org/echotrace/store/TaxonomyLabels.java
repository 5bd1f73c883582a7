package org.echotrace.store;

import org.duckdb.DuckDBConnection;
import org.echotrace.model.TaxonomyLabel;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The taxonomy entries of an open store's articles ({@link TaxonomyTable}), read and written
 * through the store's connection; a failure names the store's folder.
 */
public final class TaxonomyLabels {
    private final DuckDBConnection db;
    private final Path dir;

    TaxonomyLabels(DuckDBConnection db, Path dir) {
        this.db = db;
        this.dir = dir;
    }

    /** Ids of the articles already labelled with a taxonomy. */
    public Set<String> labelled(String taxonomy) {
        try {
            return TaxonomyTable.labelled(db, taxonomy);
        } catch (SQLException e) {
            throw new StoreException("cannot read the taxonomy labels of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The names of the taxonomies whose labels the store holds, sorted. */
    public List<String> names() {
        try {
            return TaxonomyTable.names(db);
        } catch (SQLException e) {
            throw new StoreException("cannot read the taxonomy labels of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every labelled article's entries of a taxonomy, by article id. */
    public Map<String, List<TaxonomyLabel>> read(String taxonomy) {
        try {
            return TaxonomyTable.read(db, taxonomy);
        } catch (SQLException e) {
            throw new StoreException("cannot read the taxonomy labels of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Stores the taxonomy entries of some articles, in one transaction. */
    public void add(String taxonomy, Map<String, List<TaxonomyLabel>> labels) {
        try {
            TaxonomyTable.add(db, taxonomy, labels);
        } catch (SQLException e) {
            throw new StoreException("cannot store taxonomy labels in " + dir + ": " + e.getMessage(), e);
        }
    }
}
