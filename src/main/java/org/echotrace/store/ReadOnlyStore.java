package org.echotrace.store;

import org.duckdb.DuckDBConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/**
 * A read-only view of an existing store for readers that must never change it (the workbench):
 * the same format check as every other open, then an in-memory DuckDB database with the store's
 * file attached {@code READ_ONLY} as {@code store}, so the reader can build its own in-memory
 * tables beside a file it cannot write.
 */
public final class ReadOnlyStore {
    /** The catalog name the store's file is attached under. */
    public static final String CATALOG = "store";

    private ReadOnlyStore() {
    }

    /**
     * Opens {@code dir} after checking its {@code FORMAT}; {@code settings} are DuckDB options of
     * the in-memory database (memory_limit, threads). Messages name the folder and the problem.
     */
    public static DuckDBConnection attach(Path dir, Properties settings) {
        StoreFormat.expectExisting(dir);
        Path db = dir.resolve(EmbeddedStore.DB_FILE);
        if (!Files.isRegularFile(db)) {
            throw new StoreException("the store at " + dir + " has no database (" + db + " is missing);"
                    + " run 'echotrace analyze PATH... --store " + dir + "' first");
        }
        try {
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", settings);
            try (Statement s = c.createStatement()) {
                s.execute("ATTACH '" + db.toString().replace("'", "''") + "' AS " + CATALOG + " (READ_ONLY)");
                return c;
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.toLowerCase(Locale.ROOT).contains("lock")) {
                throw new StoreException("the store at " + dir + " is being written by another Echotrace process;"
                        + " read it when that run has finished", e);
            }
            throw new StoreException("cannot open the store at " + dir + " read-only: " + m, e);
        }
    }
}
