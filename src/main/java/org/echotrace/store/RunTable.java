package org.echotrace.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.echotrace.pipeline.Problem;
import org.echotrace.pipeline.RunSummary;
import org.echotrace.store.ArticleStore.Sighting;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The record of each run: {@code runs} (number, start, command, end and counts), the problems it
 * met ({@code problems}) and where each article was seen ({@code article_sources}, a sighting kept
 * once however often a re-run sees it).
 */
final class RunTable {
    private RunTable() {
    }

    /** Starts the next run's row and returns its number. */
    static long begin(DuckDBConnection db, String command) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM runs")) {
            rs.next();
            long run = rs.getLong(1);
            try (PreparedStatement p = db.prepareStatement("INSERT INTO runs (run_id, started, command) VALUES (?, ?, ?)")) {
                p.setLong(1, run);
                p.setTimestamp(2, Timestamp.from(Instant.now()));
                p.setString(3, command);
                p.executeUpdate();
            }
            return run;
        }
    }

    /** Adds the sightings of a batch (inside the caller's transaction). */
    static void sightings(DuckDBConnection db, long runId, List<Sighting> sightings) throws SQLException {
        if (sightings.isEmpty()) {
            return;
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staging_sources")) {
            for (Sighting s : sightings) {
                a.beginRow().append(s.articleId()).append(s.source()).endRow();
            }
        }
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO article_sources SELECT DISTINCT article_id, source, " + runId
                    + " FROM staging_sources ON CONFLICT DO NOTHING");
            s.execute("DELETE FROM staging_sources");
        }
    }

    static void problems(DuckDBConnection db, long runId, List<Problem> problems) throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "problems")) {
            for (Problem p : problems) {
                a.beginRow().append(runId).append(p.source()).append(p.stage()).append(p.message()).endRow();
            }
        }
    }

    /** Closes a run's row with its end and counts. */
    static void finish(DuckDBConnection db, long runId, RunSummary summary) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "UPDATE runs SET finished = ?, files = ?, stored = ?, unchanged = ?, rejected = ? WHERE run_id = ?")) {
            p.setTimestamp(1, Timestamp.from(Instant.now()));
            p.setInt(2, summary.filesRead());
            p.setInt(3, summary.stored());
            p.setInt(4, summary.unchanged());
            p.setInt(5, summary.rejected().size());
            p.setLong(6, runId);
            p.executeUpdate();
        }
    }

    /** Where an article was seen, sorted. */
    static List<String> sources(DuckDBConnection db, String id) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT source FROM article_sources WHERE article_id = ? ORDER BY source")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
