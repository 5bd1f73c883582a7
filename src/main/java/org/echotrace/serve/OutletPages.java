package org.echotrace.serve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One outlet's page, built once at start for every outlet, since nothing on it depends on the
 * request: its totals and relay profile, the sources it relays, its articles per month, its
 * narratives by month, its technique profile and its 20 most recent articles, the lists written
 * as JSON once.
 *
 * <p>Design decision: built in passes over the articles, the narratives' members and the
 * technique spans that serve every outlet at once, so start-up does not grow with the number of
 * outlets times the size of the store; per request the answer is only copied out.
 */
final class OutletPages {
    private static final int RECENT = 20;
    private final Map<String, Map<String, Object>> byName;

    private OutletPages(Map<String, Map<String, Object>> byName) {
        this.byName = byName;
    }

    static OutletPages build(ServedIndex idx, ArticleFindings findings) {
        int k = idx.outlets.size();
        OutletTally tally = OutletTally.of(idx, null);
        List<TreeMap<String, Long>> months = new ArrayList<>();
        List<List<Map<String, Object>>> recent = new ArrayList<>();
        List<BitSet> mine = new ArrayList<>();
        for (int o = 0; o < k; o++) {
            months.add(new TreeMap<>());
            recent.add(new ArrayList<>());
            mine.add(new BitSet(idx.articles()));
        }
        for (int a = 0; a < idx.articles(); a++) {
            int o = idx.outletOf[a];
            mine.get(o).set(a);
            if (idx.published[a] != null) {
                months.get(o).merge(idx.monthOf[a], 1L, Long::sum);
            }
            // Articles are held newest first: an outlet's first ones are its most recent.
            if (recent.get(o).size() < RECENT) {
                recent.get(o).add(idx.row(a));
            }
        }
        List<List<Map<String, Object>>> narratives = narrativesByMonth(idx);
        Map<String, Map<String, Object>> byName = new HashMap<>();
        for (int o = 0; o < k; o++) {
            String name = idx.outlets.get(o);
            Map<String, Object> r = tally.row(o);
            r.put("sources", RawJson.of(idx.sources(name)));
            List<Map<String, Object>> perMonth = new ArrayList<>();
            months.get(o).forEach((m, c) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("month", m);
                row.put("articles", c);
                perMonth.add(row);
            });
            r.put("months", RawJson.of(perMonth));
            r.put("narratives", RawJson.of(narratives.get(o)));
            r.put("techniques", RawJson.of(TechniqueProfiles.ofArticles(findings, mine.get(o))));
            r.put("recent", RawJson.of(recent.get(o)));
            byName.put(name, Collections.unmodifiableMap(r));
        }
        return new OutletPages(byName);
    }

    /** Per outlet, the narratives its articles carry, in narrative order, by month ascending: one row per narrative and month. */
    private static List<List<Map<String, Object>>> narrativesByMonth(ServedIndex idx) {
        List<List<Map<String, Object>>> out = new ArrayList<>();
        for (int o = 0; o < idx.outlets.size(); o++) {
            out.add(new ArrayList<>());
        }
        for (ServedNarrative s : idx.narratives) {
            Map<Integer, TreeMap<String, Long>> byOutlet = new TreeMap<>();
            for (int a : s.articles()) {
                String m = idx.monthOf[a];
                if (m != null) {
                    byOutlet.computeIfAbsent(idx.outletOf[a], x -> new TreeMap<>()).merge(m, 1L, Long::sum);
                }
            }
            byOutlet.forEach((o, byMonth) -> byMonth.forEach((m, c) -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", s.id());
                r.put("label", s.label());
                r.put("month", m);
                r.put("articles", c);
                out.get(o).add(r);
            }));
        }
        return out;
    }

    /** One outlet's page; empty when the store has no article from it. */
    Optional<Map<String, Object>> outlet(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
