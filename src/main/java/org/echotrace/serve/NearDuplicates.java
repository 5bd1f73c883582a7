package org.echotrace.serve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The near-duplicate claim pairs the narrative step stored ({@code claim_duplicates}: copy,
 * rewording, same statement, across articles and inside one), held by claim list rank, read once
 * at start. A store from before that table gives no pairs.
 */
final class NearDuplicates {
    /** One side's view of a pair: the other claim, the pair's kind and its sentence-vector cosine. */
    private record Link(int other, String kind, double cosine) {
    }

    private final Map<Integer, List<Link>> byRank;
    private final int pairs;

    private NearDuplicates(Map<Integer, List<Link>> byRank, int pairs) {
        this.byRank = byRank;
        this.pairs = pairs;
    }

    static NearDuplicates load(StoreConnection db) {
        Map<Integer, List<Link>> byRank = new HashMap<>();
        if (!db.hasTable("claim_duplicates") || !db.hasTable("claims")) {
            return new NearDuplicates(byRank, 0);
        }
        int[] pairs = {0};
        Map<String, String> kinds = new HashMap<>();
        db.each("SELECT c1.list_rank, c2.list_rank, d.kind, d.cosine FROM claim_duplicates d"
                + " JOIN claims c1 ON d.first_key = c1.article_id || '#' || c1.idx"
                + " JOIN claims c2 ON d.second_key = c2.article_id || '#' || c2.idx ORDER BY 1, 2", rs -> {
                    int a = rs.getInt(1);
                    int b = rs.getInt(2);
                    String kind = kinds.computeIfAbsent(rs.getString(3), k -> k);
                    double cosine = rs.getDouble(4);
                    byRank.computeIfAbsent(a, k -> new ArrayList<>()).add(new Link(b, kind, cosine));
                    byRank.computeIfAbsent(b, k -> new ArrayList<>()).add(new Link(a, kind, cosine));
                    pairs[0]++;
                });
        byRank.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(Link::other)));
        return new NearDuplicates(byRank, pairs[0]);
    }

    int pairs() {
        return pairs;
    }

    /** The claims a claim is paired with, as the article page lists them: the other claim's article, index, title and outlet. */
    List<Map<String, Object>> of(int rank, ServedIndex idx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Link l : byRank.getOrDefault(rank, List.of())) {
            out.add(other(l, idx));
        }
        return out;
    }

    /**
     * The pairs touching a narrative's claims, each once, in list order of their first claim, from
     * the {@code offset}-th, at most {@code limit}; {@code total} receives how many there are.
     */
    List<Map<String, Object>> among(int[] claims, int offset, int limit, long[] total, ServedIndex idx) {
        BitSet members = new BitSet();
        for (int c : claims) {
            members.set(c);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        long n = 0;
        for (int c : claims) {
            for (Link l : byRank.getOrDefault(c, List.of())) {
                // A pair of two members is listed from its earlier claim only.
                if (members.get(l.other()) && l.other() < c) {
                    continue;
                }
                n++;
                if (n > offset && out.size() < limit) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("article_id", idx.id[idx.claimArt[c]]);
                    r.put("idx", idx.claimIdx[c]);
                    r.put("title", idx.title[idx.claimArt[c]]);
                    r.putAll(other(l, idx));
                    out.add(r);
                }
            }
        }
        total[0] = n;
        return out;
    }

    private static Map<String, Object> other(Link l, ServedIndex idx) {
        int a = idx.claimArt[l.other()];
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("other_article", idx.id[a]);
        r.put("other_idx", idx.claimIdx[l.other()]);
        r.put("other_title", idx.title[a]);
        r.put("other_outlet", idx.outlet(a));
        r.put("other_published", idx.published[a]);
        r.put("kind", l.kind());
        r.put("similarity", Math.round(l.cosine() * 1000) / 1000.0);
        return r;
    }
}
