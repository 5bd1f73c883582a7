package org.echotrace.serve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Technique profiles: how many propaganda-technique spans of each class a narrative's claims or an
 * outlet's articles carry, counted over the findings held in memory ({@link ArticleFindings}).
 *
 * <p>Design decision: a narrative's profile counts the spans that overlap its member claims, not
 * every span of its articles: an article carries several narratives, and the loaded language of
 * one says nothing of how another persuades. A span overlapping two member claims counts once.
 */
final class TechniqueProfiles {
    private TechniqueProfiles() {
    }

    /** The spans of the outlet's (or any set of) articles, by technique. */
    static List<Map<String, Object>> ofArticles(ArticleFindings f, BitSet articles) {
        ArticleRows t = f.techniques;
        int technique = t.size() == 0 ? 0 : t.column("technique");
        TreeMap<String, Long> counts = new TreeMap<>();
        for (int a = articles.nextSetBit(0); a >= 0; a = articles.nextSetBit(a + 1)) {
            for (int row : t.rowsOf(a)) {
                counts.merge((String) t.value(technique, row), 1L, Long::sum);
            }
        }
        return rows(counts);
    }

    /** The spans that overlap these claims (list ranks), by technique. */
    static List<Map<String, Object>> ofClaims(ArticleFindings f, ClaimRows claims, ServedIndex idx, int[] ranks) {
        ArticleRows t = f.techniques;
        if (t.size() == 0) {
            return List.of();
        }
        int technique = t.column("technique");
        int start = t.column("start");
        int end = t.column("end");
        BitSet counted = new BitSet(t.size());
        TreeMap<String, Long> counts = new TreeMap<>();
        for (int r : ranks) {
            int cs = claims.start(r);
            int ce = claims.end(r);
            if (cs < 0 || ce <= cs) {
                continue;
            }
            for (int row : t.rowsOf(idx.claimArt[r])) {
                if (!counted.get(row) && (Integer) t.value(start, row) < ce && (Integer) t.value(end, row) > cs) {
                    counted.set(row);
                    counts.merge((String) t.value(technique, row), 1L, Long::sum);
                }
            }
        }
        return rows(counts);
    }

    /** Most used first, then by name. */
    private static List<Map<String, Object>> rows(TreeMap<String, Long> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((name, n) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("technique", name);
            r.put("spans", n);
            out.add(r);
        });
        out.sort(Comparator.comparingLong((Map<String, Object> r) -> -(Long) r.get("spans")));
        return out;
    }
}
