package org.echotrace.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.echotrace.cluster.DuplicatePair;
import org.echotrace.cluster.PairKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code claim_duplicates} table: the near-duplicate claim pairs of the corpus (copy,
 * rewording, same statement), one row per pair, {@code first_key} before {@code second_key} in key
 * order, with the article of each claim and the measures that labelled the pair.
 *
 * <p>Design decision: the pairs are derived from all claims of the store, so a run replaces the
 * table whole, in one transaction: a re-run leaves the same rows, never twice, and a crash leaves
 * the previous run's. The primary key makes a duplicated row an error rather than a silent repeat.
 */
public final class DuplicateTable {
    public static final String NAME = "claim_duplicates";
    static final String DDL = "CREATE TABLE IF NOT EXISTS " + NAME + " (first_key VARCHAR NOT NULL, second_key VARCHAR NOT NULL,"
            + " first_article VARCHAR NOT NULL, second_article VARCHAR NOT NULL, kind VARCHAR NOT NULL,"
            + " word_jaccard DOUBLE, skeleton_jaccard DOUBLE, cosine DOUBLE, same_article BOOLEAN,"
            + " PRIMARY KEY (first_key, second_key))";
    private static final String COLUMNS = "first_key, second_key, kind, word_jaccard, skeleton_jaccard, cosine, same_article";
    private final DuckDBConnection db;

    public DuplicateTable(Connection connection) {
        if (!(connection instanceof DuckDBConnection d)) {
            throw new StoreException("the duplicate table needs a DuckDB connection, got " + connection.getClass().getName());
        }
        this.db = d;
    }

    /** Creates the table where it is missing. */
    public DuplicateTable create() {
        try (Statement s = db.createStatement()) {
            s.execute(DDL);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the " + NAME + " table: " + e.getMessage(), e);
        }
        return this;
    }

    /** Replaces the stored pairs with a run's, in one transaction. */
    public void replace(List<DuplicatePair> pairs) {
        try {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM " + NAME);
            }
            try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, NAME)) {
                for (DuplicatePair p : pairs) {
                    a.beginRow().append(p.first()).append(p.second()).append(articleOf(p.first())).append(articleOf(p.second()))
                            .append(p.kind().name().toLowerCase(Locale.ROOT)).append(p.wordJaccard()).append(p.skeletonJaccard())
                            .append(p.cosine()).append(p.sameArticle()).endRow();
                }
            }
            db.commit();
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // The connection is already failing; the original error is the one to report.
            }
            throw new StoreException("cannot store the near-duplicate pairs: " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException e) {
                throw new StoreException("cannot restore auto-commit: " + e.getMessage(), e);
            }
        }
    }

    /** Every stored pair, in key order. */
    public List<DuplicatePair> all() {
        return query("SELECT " + COLUMNS + " FROM " + NAME + " ORDER BY first_key, second_key", null);
    }

    /** The pairs that involve a member of the narrative (its own members, not its sub-narratives'), in key order. */
    public List<DuplicatePair> ofNarrative(String narrativeId) {
        return query("SELECT " + COLUMNS + " FROM " + NAME + " WHERE first_key IN (SELECT claim_key FROM narrative_members"
                + " WHERE narrative_id = ?) OR second_key IN (SELECT claim_key FROM narrative_members WHERE narrative_id = ?)"
                + " ORDER BY first_key, second_key", narrativeId);
    }

    /** For export: each claim key's pairs (a pair is listed under both its claims), in key order; empty before any narrative step. */
    public static Map<String, List<DuplicatePair>> byClaim(EmbeddedStore st) {
        DuplicateTable t = new DuplicateTable(st.connection());
        try (ResultSet rs = t.db.getMetaData().getTables(null, null, NAME, null)) {
            if (!rs.next()) {
                return Map.of();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the tables of the store: " + e.getMessage(), e);
        }
        Map<String, List<DuplicatePair>> out = new TreeMap<>();
        for (DuplicatePair p : t.all()) {
            out.computeIfAbsent(p.first(), k -> new ArrayList<>()).add(p);
            out.computeIfAbsent(p.second(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private List<DuplicatePair> query(String sql, String parameter) {
        List<DuplicatePair> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 1; parameter != null && i <= p.getParameterMetaData().getParameterCount(); i++) {
                p.setString(i, parameter);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new DuplicatePair(rs.getString(1), rs.getString(2), PairKind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                            rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7)));
                }
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw new StoreException("cannot read the near-duplicate pairs: " + e.getMessage(), e);
        }
        return out;
    }

    private static String articleOf(String key) {
        return key.substring(0, key.lastIndexOf('#'));
    }
}
