package org.echotrace.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what {@link ServedIndex} holds from the in-memory tables, each table once, in a fixed
 * order (articles by ordinal, claims by rank, narratives by id), so two starts on one store build
 * the same index.
 */
final class ServedIndexLoader {
    /** Everything the index is built from. */
    record Loaded(String[] id, String[] title, String[] published, String[] author, String[] language, int[] own,
                  int[] attributed, List<String> outlets, int[] outletOf, int[] claimArt, int[] claimIdx, String[] claimKind,
                  List<ServedNarrative> narratives, Map<String, int[]> entityArticles, String[] claimSource,
                  String[][] claimRelays, Map<String, List<Map<String, Object>>> outletSources) {
    }

    private ServedIndexLoader() {
    }

    static ServedIndex load(StoreConnection db) {
        int n = (int) db.count("SELECT count(*) FROM articles");
        String[] id = new String[n];
        String[] title = new String[n];
        String[] published = new String[n];
        String[] author = new String[n];
        String[] language = new String[n];
        int[] own = new int[n];
        int[] attributed = new int[n];
        int[] outletOf = new int[n];
        List<String> outlets = new ArrayList<>();
        Map<String, Integer> outletNumber = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        db.each("SELECT art, id, title, published, coalesce(outlet, '(unknown)'), author, language, own_claims, attributed_claims"
                + " FROM articles ORDER BY art", rs -> {
                    int a = rs.getInt(1);
                    id[a] = rs.getString(2);
                    title[a] = rs.getString(3);
                    published[a] = rs.getString(4);
                    outletOf[a] = outletNumber.computeIfAbsent(rs.getString(5), o -> {
                        outlets.add(o);
                        return outlets.size() - 1;
                    });
                    author[a] = intern(shared, rs.getString(6));
                    language[a] = intern(shared, rs.getString(7));
                    own[a] = rs.getInt(8);
                    attributed[a] = rs.getInt(9);
                });
        int claims = db.hasTable("claims") ? (int) db.count("SELECT count(*) FROM claims") : 0;
        int[] claimArt = new int[claims];
        int[] claimIdx = new int[claims];
        String[] claimKind = new String[claims];
        if (claims > 0) {
            db.each("SELECT list_rank, art, kind, idx FROM claims ORDER BY list_rank", rs -> {
                int r = rs.getInt(1);
                claimArt[r] = rs.getInt(2);
                claimKind[r] = intern(shared, rs.getString(3));
                claimIdx[r] = rs.getInt(4);
            });
        }
        Map<String, int[]> entityArticles = new HashMap<>();
        if (db.has("entities.canonical", "entities.text")) {
            Map<String, List<Integer>> byName = new TreeMap<>();
            db.each("SELECT DISTINCT coalesce(canonical, text) AS name, art FROM entities WHERE coalesce(canonical, text) IS NOT NULL"
                    + " ORDER BY 1, 2", rs -> byName.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2)));
            byName.forEach((k, v) -> entityArticles.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        }
        List<ServedNarrative> narratives = narratives(db, published);
        // What the provenance graphs draw, for member claims only: the source a claim is given to and its relays.
        String[] claimSource = new String[claims];
        String[][] claimRelays = new String[claims][];
        BitSet members = new BitSet(claims);
        narratives.forEach(s -> Arrays.stream(s.claims()).forEach(members::set));
        if (!members.isEmpty()) {
            db.each("SELECT list_rank, CASE WHEN trim(coalesce(speaker_org, '')) <> '' THEN speaker_org"
                    + " WHEN trim(coalesce(speaker, '')) <> '' THEN speaker END, relays FROM claims ORDER BY list_rank", rs -> {
                        int r = rs.getInt(1);
                        if (members.get(r)) {
                            claimSource[r] = intern(shared, rs.getString(2));
                            java.sql.Array relays = rs.getArray(3);
                            Object[] names = relays == null ? new Object[0] : (Object[]) relays.getArray();
                            claimRelays[r] = Arrays.stream(names).map(o -> intern(shared, String.valueOf(o))).toArray(String[]::new);
                        }
                    });
        }
        return new ServedIndex(new Loaded(id, title, published, author, language, own, attributed, List.copyOf(outlets), outletOf,
                claimArt, claimIdx, claimKind, narratives, entityArticles, claimSource, claimRelays, outletSources(db)));
    }

    /** Per outlet, the 50 sources it relays most (attributed claims by speaker organisation, else speaker). */
    private static Map<String, List<Map<String, Object>>> outletSources(StoreConnection db) {
        Map<String, List<Map<String, Object>>> out = new HashMap<>();
        if (!db.has("claims.speaker_org", "claims.speaker", "claims.speaker_kind")) {
            return out;
        }
        db.each("SELECT outlet, source, speaker_kind, claims, articles FROM (SELECT coalesce(a.outlet, '(unknown)') AS outlet,"
                + " coalesce(c.speaker_org, c.speaker) AS source, min(c.speaker_kind) AS speaker_kind, count(*) AS claims,"
                + " count(DISTINCT c.art) AS articles FROM claims c JOIN articles a ON a.art = c.art WHERE c.kind = 'attributed'"
                + " AND coalesce(c.speaker_org, c.speaker) IS NOT NULL GROUP BY 1, 2) QUALIFY row_number() OVER (PARTITION BY outlet"
                + " ORDER BY claims DESC, source) <= 50 ORDER BY outlet, claims DESC, source", rs -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("source", rs.getString(2));
                    r.put("speaker_kind", rs.getString(3));
                    r.put("claims", rs.getLong(4));
                    r.put("articles", rs.getLong(5));
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(r);
                });
        return out;
    }

    private static List<ServedNarrative> narratives(StoreConnection db, String[] published) {
        if (!db.has("narratives", "narrative_members")) {
            return List.of();
        }
        Map<String, List<Integer>> claims = new HashMap<>();
        Map<String, List<Integer>> articles = new HashMap<>();
        boolean withClaims = db.hasTable("claims");
        db.each("SELECT m.narrative_id, a.art, " + (withClaims ? "c.list_rank" : "NULL") + " FROM narrative_members m"
                + " JOIN articles a ON a.id = m.article_id"
                + (withClaims ? " LEFT JOIN claims c ON c.article_id = m.article_id AND c.idx = m.claim_idx" : "")
                + " ORDER BY 1, 2, 3", rs -> {
                    String nid = rs.getString(1);
                    articles.computeIfAbsent(nid, k -> new ArrayList<>()).add(rs.getInt(2));
                    int rank = rs.getInt(3);
                    if (!rs.wasNull()) {
                        claims.computeIfAbsent(nid, k -> new ArrayList<>()).add(rank);
                    }
                });
        Map<String, Long> cases = new HashMap<>();
        if (db.has("case_matches.narrative_id", "case_matches.case_id")) {
            db.each("SELECT narrative_id, count(DISTINCT case_id) FROM case_matches GROUP BY 1",
                    rs -> cases.put(rs.getString(1), rs.getLong(2)));
        }
        List<ServedNarrative> out = new ArrayList<>();
        db.each("SELECT id, label, key_terms, parent_id, first_seen, last_seen FROM narratives ORDER BY id", rs -> {
            String nid = rs.getString(1);
            int[] arts = distinct(articles.get(nid));
            out.add(new ServedNarrative(nid, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    distinct(claims.get(nid)), arts, cases.getOrDefault(nid, 0L), months(arts, published)));
        });
        return List.copyOf(out);
    }

    /** Member articles per month of publication, months ascending. */
    private static List<Map<String, Object>> months(int[] arts, String[] published) {
        TreeMap<String, Long> byMonth = new TreeMap<>();
        for (int a : arts) {
            String m = ServedIndex.month(published[a]);
            if (m != null) {
                byMonth.merge(m, 1L, Long::sum);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byMonth.forEach((m, c) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("month", m);
            r.put("articles", c);
            out.add(r);
        });
        return List.copyOf(out);
    }

    private static int[] distinct(List<Integer> values) {
        return values == null ? new int[0] : values.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    private static String intern(Map<String, String> shared, String s) {
        return s == null ? null : shared.computeIfAbsent(s, k -> k);
    }

}
