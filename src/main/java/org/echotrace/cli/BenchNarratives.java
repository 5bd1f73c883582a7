package org.echotrace.cli;

import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.store.ClaimVectorCache;
import org.echotrace.store.NarrativeTable;
import org.echotrace.store.StoreConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SYNTHETIC narratives for {@code bench serve}, written in the tables the narrative step writes
 * ({@link NarrativeTable}: members keyed "articleId#idx", {@code parent}, {@code retired}, counts
 * and dates, lineage), so the workbench is loaded at the size and in the layout of a real store
 * without clustering 200,000 claims first.
 *
 * <p>Design decision: one narrative per 1,000 claims (at least 12); 40% of the claims are members,
 * spread unevenly (the first narratives are the largest, as real ones are); one in five is a
 * sub-narrative of an earlier one, recorded in the lineage; a few retired narratives are left in
 * the table, as merges leave them. Every choice is a hash of the claim key, so the same store
 * gets the same narratives. The claim vectors are stored as the narrative step stores them
 * ({@link ClaimVectorCache}), so semantic search is served from them.
 */
final class BenchNarratives {
    private BenchNarratives() {
    }

    /** Adds the narratives unless the store has some in the current layout; true when it added them. */
    static boolean addIfMissing(Path store) {
        try (Connection c = StoreConnection.open(store); Statement s = c.createStatement()) {
            if (count(s, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'narrative_members'"
                    + " AND column_name = 'claim_key'") > 0 && count(s, "SELECT count(*) FROM narrative_members") > 0) {
                return false;
            }
            // Tables of an older bench layout (article_id, claim_idx) are replaced.
            for (String t : List.of("narratives", "narrative_members", "narrative_lineage")) {
                s.execute("DROP TABLE IF EXISTS " + t);
            }
            new NarrativeTable(c).create();
            long claims = count(s, "SELECT count(*) FROM claims");
            int n = (int) Math.max(12, claims / 1000);
            int top = n - n / 5;
            s.execute("INSERT INTO narratives (id, parent, label, renamed, pinned, retired, claims, articles, outlets)"
                    + " SELECT 'N' || lpad(CAST(i AS VARCHAR), 4, '0'), CASE WHEN i >= " + top + " THEN 'N' || lpad(CAST(i % " + top
                    + " AS VARCHAR), 4, '0') END, 'synthetic narrative ' || i || CASE WHEN i % 3 = 0 THEN ' about the border convoy'"
                    + " WHEN i % 3 = 1 THEN ' about the ministry' ELSE ' about the camp' END, false, i % 17 = 0, false, 0, 0, '[]'"
                    + " FROM range(" + n + ") t(i)");
            s.execute("INSERT INTO narratives (id, label, renamed, pinned, retired, claims, articles, outlets)"
                    + " SELECT 'R' || lpad(CAST(i AS VARCHAR), 4, '0'), 'retired synthetic narrative ' || i, false, false, true, 0, 0, '[]'"
                    + " FROM range(" + Math.max(1, n / 20) + ") t(i)");
            s.execute("INSERT INTO narrative_members SELECT 'N' || lpad(CAST(CAST(floor(" + n + " * pow((hash(k || 'n') % 1000000)"
                    + " / 1e6, 2)) AS INTEGER) AS VARCHAR), 4, '0'), k, 0.6 + (hash(k || 's') % 400) / 1000.0"
                    + " FROM (SELECT article_id || '#' || idx AS k FROM claims) WHERE hash(k || 'm') % 10 < 4 ORDER BY k");
            s.execute("UPDATE narratives SET claims = m.claims, articles = m.articles, outlets = m.outlets, first_seen = m.first_seen,"
                    + " last_seen = m.last_seen FROM (SELECT mm.narrative_id, count(*) AS claims, count(DISTINCT a.id) AS articles,"
                    + " to_json(list(DISTINCT coalesce(a.outlet, '') ORDER BY coalesce(a.outlet, '')))::VARCHAR AS outlets,"
                    + " min(TRY_CAST(left(a.published, 10) AS DATE)) AS first_seen, max(TRY_CAST(left(a.published, 10) AS DATE)) AS last_seen"
                    + " FROM narrative_members mm JOIN articles a ON a.id = split_part(mm.claim_key, '#', 1) GROUP BY 1) m"
                    + " WHERE m.narrative_id = narratives.id");
            s.execute("INSERT INTO narrative_lineage SELECT row_number() OVER (ORDER BY id), TIMESTAMP '2026-01-01', 'SUB_NARRATIVE',"
                    + " id, parent, 'synthetic sub-narrative' FROM narratives WHERE parent IS NOT NULL");
            s.execute("CHECKPOINT");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add the synthetic narratives to " + store + ": " + e.getMessage(), e);
        }
    }

    /** Stores the vector of every claim text not yet in the store's cache; the number embedded. */
    static int storeClaimVectors(Path store) {
        try (Connection c = StoreConnection.open(store); Statement s = c.createStatement()) {
            List<String> texts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT text FROM claims ORDER BY text")) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            int[] embedded = {0};
            new ClaimVectorCache(c).vectors(SentenceEmbedder.MODEL, texts, missing -> {
                embedded[0] = missing.size();
                return SentenceEmbedder.get().embed(missing);
            });
            s.execute("CHECKPOINT");
            return embedded[0];
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the claim vectors of " + store + ": " + e.getMessage(), e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
