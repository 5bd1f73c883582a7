package org.echotrace.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.echotrace.clean.LineProfile;
import org.echotrace.model.CleanArticle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus line profile on disk: how many stored articles contain each line key.
 *
 * <p>Design decision: append-only. Each batch appends its own counts (inside the batch's
 * transaction), reads sum them, and a run ends by compacting the rows once they outnumber the
 * distinct keys twice over. An upsert per batch cost more than every other table together.
 */
final class LineCountTable {
    private LineCountTable() {
    }

    /** Counts for these keys; runs in its own transaction, rolled back (it only stages keys). */
    static Map<Long, Integer> read(DuckDBConnection db, Set<Long> keys) throws SQLException {
        Map<Long, Integer> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        try (Statement s = db.createStatement()) {
            s.execute("DELETE FROM staging_keys");
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staging_keys")) {
            for (long k : keys) {
                a.beginRow().append(k).endRow();
            }
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT c.line_key, sum(c.articles) FROM line_counts c"
                     + " JOIN (SELECT DISTINCT line_key FROM staging_keys) k USING (line_key) GROUP BY c.line_key")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getInt(2));
            }
        }
        return out;
    }

    /** Appends the line keys of a batch of new articles, counted once per article. */
    static void append(DuckDBConnection db, List<CleanArticle> fresh) throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        // Counted here rather than with GROUP BY: a batch repeats template lines hundreds of times.
        Map<Long, Integer> counts = new HashMap<>();
        for (Set<Long> keys : fresh.parallelStream().map(a -> LineProfile.lineKeys(a.raw().text())).toList()) {
            for (long k : keys) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "line_counts")) {
            for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                a.beginRow().append(e.getKey().longValue()).append(e.getValue().intValue()).endRow();
            }
        }
    }

    /** Sums the per-batch rows into one per key, in the caller's transaction. */
    static void compactIfWorth(DuckDBConnection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT line_key) FROM line_counts")) {
            rs.next();
            if (rs.getLong(1) <= 2 * rs.getLong(2)) {
                return;
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE line_counts_summed AS SELECT line_key, sum(articles)::INTEGER AS articles"
                    + " FROM line_counts GROUP BY line_key");
            s.execute("DROP TABLE line_counts");
            s.execute("ALTER TABLE line_counts_summed RENAME TO line_counts");
        }
    }
}
