package org.echotrace.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A plain DuckDB connection to an existing store's database, for commands that only read and write
 * their own tables (the narrative commands) and need neither the article index nor its catch-up.
 */
public final class StoreConnection {
    private StoreConnection() {
    }

    public static Connection open(Path dir) {
        StoreFormat.expectExisting(dir);
        return connect(dir);
    }

    /** A connection to the database file of a store folder whose format was checked; one place maps the errors. */
    static Connection connect(Path dir) {
        try {
            Properties p = new Properties();
            p.setProperty("memory_limit", "1GB");
            return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EmbeddedStore.DB_FILE), p);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw new StoreException("the store at " + dir + " is in use by another Echotrace process; "
                        + "wait for it to finish or use another --store", e);
            }
            throw new StoreException("cannot open the database of the store at " + dir + ": " + m, e);
        }
    }
}
