package org.echotrace.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The DuckDB tables of the current format version ({@link StoreFormat#VERSION}). */
final class Schema {
    private Schema() {
    }

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "CREATE TABLE IF NOT EXISTS runs (run_id BIGINT PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP,"
            + " command VARCHAR, files INTEGER, stored INTEGER, unchanged INTEGER, rejected INTEGER)",
        // seq orders articles by arrival; it is also how far the Lucene index has caught up.
        "CREATE TABLE IF NOT EXISTS articles (id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, run_id BIGINT,"
            + " source VARCHAR NOT NULL, charset VARCHAR, title VARCHAR, published VARCHAR, outlet VARCHAR,"
            + " author VARCHAR, language VARCHAR, text VARCHAR NOT NULL, body VARCHAR NOT NULL,"
            // Nested values as JSON text: read back whole, never queried piecewise by the store.
            + " published_detail VARCHAR, cited_sources VARCHAR, resolved_dates VARCHAR, origin VARCHAR, notices VARCHAR)",
        "CREATE TABLE IF NOT EXISTS segments (article_id VARCHAR NOT NULL, seq BIGINT NOT NULL, ord INTEGER NOT NULL,"
            + " kind VARCHAR NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,"
            + " markup_start INTEGER, markup_end INTEGER)",
        "CREATE TABLE IF NOT EXISTS article_sources (article_id VARCHAR NOT NULL, source VARCHAR NOT NULL, run_id BIGINT,"
            + " PRIMARY KEY (article_id, source))",
        "CREATE TABLE IF NOT EXISTS problems (run_id BIGINT, source VARCHAR, stage VARCHAR, message VARCHAR)",
        // Append-only: each batch adds its own counts, summed when read and compacted after a run.
        // An upsert per batch cost more than all the other tables together.
        "CREATE TABLE IF NOT EXISTS line_counts (line_key BIGINT NOT NULL, articles INTEGER NOT NULL)",
        // Staging tables are filled by the Appender and emptied inside the same transaction.
        "CREATE TABLE IF NOT EXISTS staging_sources (article_id VARCHAR, source VARCHAR)",
        "CREATE TABLE IF NOT EXISTS staging_keys (line_key BIGINT)",
    };

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
            for (String ddl : FindingsTable.DDL) {
                s.execute(ddl);
            }
            s.execute(DuplicateTable.DDL);
            s.execute("INSERT INTO meta VALUES ('format', '" + StoreFormat.NAME + "'), ('version', '"
                    + StoreFormat.VERSION + "') ON CONFLICT (key) DO NOTHING");
        }
    }

    static void check(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT value FROM meta WHERE key = 'version'")) {
            if (!rs.next() || !String.valueOf(StoreFormat.VERSION).equals(rs.getString(1))) {
                throw new StoreException("the tables at " + where + " are not format version " + StoreFormat.VERSION);
            }
        }
    }
}
