package org.echotrace.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.echotrace.model.TaxonomyLabel;
import org.echotrace.model.TextSpan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The taxonomy entries each article carries: {@code article_taxonomy(article_id, taxonomy, label,
 * parent, score, basis, evidence)}, evidence as a JSON list of spans. An article is labelled once
 * per taxonomy; a re-run labels only articles new to it.
 */
final class TaxonomyTable {
    private TaxonomyTable() {
    }

    static void ensure(DuckDBConnection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS article_taxonomy (article_id VARCHAR NOT NULL, taxonomy VARCHAR NOT NULL,"
                    + " label VARCHAR NOT NULL, parent VARCHAR, score DOUBLE, basis VARCHAR, evidence VARCHAR)");
        }
    }

    static Set<String> labelled(DuckDBConnection db, String taxonomy) throws SQLException {
        ensure(db);
        Set<String> out = new HashSet<>();
        try (var p = db.prepareStatement("SELECT DISTINCT article_id FROM article_taxonomy WHERE taxonomy = ?")) {
            p.setString(1, taxonomy);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The names of the taxonomies the store holds labels of, sorted. */
    static List<String> names(DuckDBConnection db) throws SQLException {
        ensure(db);
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT taxonomy FROM article_taxonomy ORDER BY taxonomy")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Every article's entries for a taxonomy, by article id, in stored order. */
    static Map<String, List<TaxonomyLabel>> read(DuckDBConnection db, String taxonomy) throws SQLException {
        ensure(db);
        Map<String, List<TaxonomyLabel>> out = new java.util.HashMap<>();
        try (var p = db.prepareStatement("SELECT article_id, label, parent, score, basis, evidence FROM article_taxonomy"
                + " WHERE taxonomy = ? ORDER BY article_id, score DESC, label")) {
            p.setString(1, taxonomy);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<TextSpan> evidence = new ArrayList<>();
                    try {
                        for (var n : FindingsTable.JSON.readTree(rs.getString(6))) {
                            evidence.add(new TextSpan(n.get("start").asInt(), n.get("end").asInt()));
                        }
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new StoreException("a stored taxonomy evidence is not valid JSON: " + e.getOriginalMessage(), e);
                    }
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new TaxonomyLabel(rs.getString(2),
                            java.util.Optional.ofNullable(rs.getString(3)), rs.getDouble(4),
                            TaxonomyLabel.Basis.valueOf(rs.getString(5).toUpperCase(java.util.Locale.ROOT)), evidence));
                }
            }
        }
        return out;
    }

    static void add(DuckDBConnection db, String taxonomy, Map<String, List<TaxonomyLabel>> labels) throws SQLException {
        ensure(db);
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "article_taxonomy")) {
            for (Map.Entry<String, List<TaxonomyLabel>> e : labels.entrySet()) {
                for (TaxonomyLabel l : e.getValue()) {
                    List<Map<String, Integer>> spans = new ArrayList<>();
                    for (TextSpan s : l.evidence()) {
                        spans.add(Map.of("start", s.start(), "end", s.end()));
                    }
                    a.beginRow().append(e.getKey()).append(taxonomy).append(l.label());
                    if (l.parent().isPresent()) {
                        a.append(l.parent().get());
                    } else {
                        a.appendNull();
                    }
                    a.append(l.score()).append(l.basis().name().toLowerCase(java.util.Locale.ROOT))
                            .append(FindingsTable.json(spans)).endRow();
                }
            }
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            db.setAutoCommit(auto);
            throw e;
        }
        db.commit();
        db.setAutoCommit(auto);
    }
}
