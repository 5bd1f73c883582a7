package org.echotrace.serve;

import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The store's tables copied into the workbench's in-memory database (the store's file is attached
 * read-only as {@code store}): articles and claims in list order with their integer keys, per-article
 * tables with their article's ordinal, the narrative tables reshaped into the columns the workbench
 * queries read; the bookkeeping tables and the articles' text are left in the file.
 */
final class MemoryCopy {
    private MemoryCopy() {
    }

    /** Tables left in the file: the cleaner's bookkeeping, never shown. */
    private static final Set<String> NOT_SERVED = Set.of("line_counts", "staging_sources", "staging_keys", "staging_cases",
            "claim_vectors", "narrative_state", "narrative_overrides");
    /** Tables of per-article rows: copied in article order with the article's ordinal {@code art}, so one article's rows are found by an integer. */
    private static final Set<String> PER_ARTICLE = Set.of("segments", "entities", "places", "events", "techniques", "article_sources");

    /**
     * Copies the tables, articles and claims first: {@code art} (an article's place in the list
     * order, newest first, from 0) and the claims' {@code list_rank} (their place in the claim
     * list order, from 0) are what the in-memory indexes ({@link ServedIndex}) point at.
     */
    static void copy(DuckDBConnection root) throws SQLException {
        try (java.sql.Statement s = root.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_catalog = 'store' AND table_schema = 'main' ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            boolean claims = tables.contains("claims");
            // list_rank / art: the order the lists show (newest first); the claim counts by kind spare the outlet lists a join.
            s.execute("CREATE TABLE articles AS SELECT a.* EXCLUDE (text, body), CAST(row_number() OVER"
                    + " (ORDER BY a.published DESC NULLS LAST, a.id) - 1 AS INTEGER) AS art, "
                    + (claims ? "coalesce(k.own, 0) AS own_claims, coalesce(k.attributed, 0) AS attributed_claims"
                            + " FROM store.articles a LEFT JOIN (SELECT article_id, count(*) FILTER (WHERE kind = 'own') AS own,"
                            + " count(*) FILTER (WHERE kind = 'attributed') AS attributed FROM store.claims GROUP BY 1) k"
                            + " ON k.article_id = a.id"
                            : "0 AS own_claims, 0 AS attributed_claims FROM store.articles a")
                    + " ORDER BY art");
            if (claims) {
                // The order claim lists show (the article's date, then place in it); one article's claims are consecutive.
                // relays: the relay names of the source chain, what the provenance graph draws.
                s.execute("CREATE TABLE claims AS SELECT c.*" + (hasDetail(root, "claims") ? " EXCLUDE (detail)" : "") + ", a.art, CAST(row_number() OVER (ORDER BY a.published NULLS LAST,"
                        + " c.article_id, c.idx) - 1 AS INTEGER) AS list_rank, TRY(list_transform(list_filter(from_json(c.chain,"
                        + " '[{\"name\":\"VARCHAR\",\"role\":\"VARCHAR\"}]'), h -> h.role = 'relay' AND h.name IS NOT NULL),"
                        + " h -> h.name)) AS relays FROM store.claims c JOIN articles a ON a.id = c.article_id ORDER BY list_rank");
            }
            for (String name : tables) {
                if (NOT_SERVED.contains(name) || name.equals("articles") || name.equals("claims") || !name.matches("[a-z_][a-z0-9_]*")) {
                    continue;
                }
                if (PER_ARTICLE.contains(name)) {
                    s.execute("CREATE TABLE " + name + " AS SELECT t.*" + (hasDetail(root, name) ? " EXCLUDE (detail)" : "")
                            + ", a.art FROM store." + name + " t JOIN articles a ON a.id = t.article_id ORDER BY a.art");
                } else {
                    s.execute("CREATE TABLE " + name + " AS SELECT * FROM " + source(root, name));
                }
            }
        }
    }

    private static boolean hasDetail(DuckDBConnection root, String table) throws SQLException {
        try (PreparedStatement p = root.prepareStatement("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_catalog = 'store' AND table_name = ? AND column_name = 'detail'")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /**
     * What to copy for a table: the store's table as it is, or, for the narrative tables as the
     * narrative step writes them (members keyed "articleId#idx", {@code parent}, lineage
     * {@code kind}), a reshaping into the columns the workbench queries read. Retired narratives
     * are left out.
     */
    private static String source(DuckDBConnection root, String name) throws SQLException {
        Set<String> cols = new HashSet<>();
        try (PreparedStatement p = root.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_catalog = 'store' AND table_name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (name.equals("narratives") && cols.contains("parent") && !cols.contains("parent_id")) {
            return "(SELECT id, label, " + (cols.contains("key_terms") ? "key_terms"
                    : cols.contains("details")
                    // The narrative step keeps its key terms in the narrative's JSON record.
                    ? "array_to_string(from_json(json_extract(details, '$.key_terms'), '[\"VARCHAR\"]'), ', ') AS key_terms"
                    : "CAST(NULL AS VARCHAR) AS key_terms")
                    + ", parent AS parent_id, CAST(first_seen AS VARCHAR) AS first_seen, CAST(last_seen AS VARCHAR) AS last_seen"
                    + " FROM store.narratives" + (cols.contains("retired") ? " WHERE NOT coalesce(retired, false)" : "") + ")";
        }
        if (name.equals("narrative_members") && cols.contains("claim_key") && !cols.contains("article_id")) {
            return "(SELECT narrative_id, split_part(claim_key, '#', 1) AS article_id,"
                    + " TRY_CAST(split_part(claim_key, '#', 2) AS INTEGER) AS claim_idx, similarity FROM store.narrative_members)";
        }
        if (name.equals("narrative_lineage") && cols.contains("kind") && !cols.contains("event")) {
            return "(SELECT narrative_id, kind AS event, other_id, CAST(recorded_at AS VARCHAR) AS \"at\" FROM store.narrative_lineage)";
        }
        return "store." + name;
    }

}
