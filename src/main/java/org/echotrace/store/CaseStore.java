package org.echotrace.store;

import org.echotrace.model.KnownCase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * The known cases of a store folder, opened on their own: the store's DuckDB file (table
 * {@code cases}), {@code cases-lucene/} (the case index) and {@code cases-vectors/} (embeddings by
 * model and text hash). Used by {@code echotrace cases} until the embedded store opens the case
 * table itself ({@code new CaseTable(connection).ensure()} at open).
 */
public final class CaseStore implements AutoCloseable {
    public static final String LUCENE = "cases-lucene";
    public static final String VECTORS = "cases-vectors";
    private final Path dir;
    private final Connection db;
    private final CaseTable table;

    private CaseStore(Path dir, Connection db, CaseTable table) {
        this.dir = dir;
        this.db = db;
        this.table = table;
    }

    /** Opens the store in {@code dir}, creating it when the folder is new or empty. */
    public static CaseStore openOrCreate(Path dir) {
        StoreFormat.createOrCheck(dir);
        return open(dir);
    }

    /** Opens an existing store; fails with a clear message when there is none. */
    public static CaseStore openExisting(Path dir) {
        StoreFormat.expectExisting(dir);
        return open(dir);
    }

    private static CaseStore open(Path dir) {
        Connection db;
        db = StoreConnection.connect(dir);
        try {
            Schema.create(db);
            Schema.check(db, dir.toString());
            return new CaseStore(dir, db, new CaseTable(db).ensure());
        } catch (SQLException | RuntimeException e) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // The failure to open is what the caller needs to see.
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot open the cases of the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Stores the cases not stored yet; returns how many were new. */
    public int add(List<KnownCase> cases, String importedFrom) {
        try {
            return table.add(cases, importedFrom);
        } catch (SQLException e) {
            throw new StoreException("cannot store cases in " + dir + ": " + e.getMessage(), e);
        }
    }

    public List<KnownCase> all() {
        try {
            return table.all();
        } catch (SQLException e) {
            throw new StoreException("cannot read cases from " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path luceneDir() {
        return dir.resolve(LUCENE);
    }

    public Path vectorsDir() {
        return dir.resolve(VECTORS);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database of " + dir + ": " + e.getMessage(), e);
        }
    }
}
