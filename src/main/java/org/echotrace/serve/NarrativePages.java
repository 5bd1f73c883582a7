package org.echotrace.serve;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One narrative's page: what does not change while a store is served (timeline by month and
 * outlet, totals, technique profile, places, family, lineage, matched cases, provenance graph),
 * built and written as JSON once at start, and pages of its member claims, articles (oldest
 * first), claimed events and near-duplicate pairs, built per request from arrays.
 *
 * <p>Design decision: an answer carries the first {@code limit} (default 50) of each member list,
 * where it used to carry 200: a narrative of 5,000 claims answered 340 KB, mostly rows no one
 * scrolls to, and writing them was most of its cost under load. The totals say how many there are;
 * {@code /api/narratives/{id}/claims} (and {@code /articles}, {@code /events},
 * {@code /near_duplicates}) page the rest, which is what the page's "more" buttons ask.
 */
final class NarrativePages {
    /** What a narrative's answers are made of: the fixed part, in answer order, and its members in the order they are listed. */
    private record Summary(ServedNarrative narrative, Map<String, Object> fixed, int[] articles, int[] events, List<RawJson> pairs) {
    }

    /** A page of one member list, as every list answers: {total, limit, offset, items}. */
    record Page(long total, int limit, int offset, List<?> items) {
    }

    private final ServedIndex idx;
    private final WorkbenchQueries rows;
    private final ArticleFindings findings;
    private final Map<String, Summary> byId;

    private NarrativePages(ServedIndex idx, WorkbenchQueries rows, ArticleFindings findings, Map<String, Summary> byId) {
        this.idx = idx;
        this.rows = rows;
        this.findings = findings;
        this.byId = byId;
    }

    static NarrativePages build(ServedIndex idx, WorkbenchQueries rows, ArticleFindings findings) {
        List<List<Integer>> events = new ArrayList<>();
        idx.narratives.forEach(s -> events.add(new ArrayList<>()));
        // One pass over the events in list order files each under the narratives of its article.
        for (int row : findings.eventOrder) {
            for (int k : idx.narrativesOf(findings.events.art(row))) {
                events.get(k).add(row);
            }
        }
        Map<String, List<Map<String, Object>>> cases = rows.casesByNarrative();
        Map<String, List<Map<String, Object>>> lineage = new HashMap<>();
        for (Map<String, Object> l : rows.lineage()) {
            Set<Object> ids = new HashSet<>(Arrays.asList(l.get("narrative_id"), l.get("other_id")));
            ids.remove(null);
            ids.forEach(id -> lineage.computeIfAbsent(id.toString(), k -> new ArrayList<>()).add(l));
        }
        Map<String, Summary> byId = new HashMap<>();
        for (int k = 0; k < idx.narratives.size(); k++) {
            ServedNarrative s = idx.narratives.get(k);
            int[] articles = Arrays.stream(s.articles()).boxed().sorted((a, b) -> Integer.compare(idx.dateRank[a], idx.dateRank[b]))
                    .mapToInt(Integer::intValue).toArray();
            int[] eventRows = events.get(k).stream().mapToInt(Integer::intValue).toArray();
            long[] total = {0};
            List<RawJson> pairs = rows.nearDuplicatesAmong(s.claims(), 0, Integer.MAX_VALUE, total).stream().map(RawJson::of).toList();
            byId.put(s.id(), new Summary(s, fixed(idx, rows, s, articles.length, eventRows.length, pairs.size(),
                    lineage.getOrDefault(s.id(), List.of()), cases.getOrDefault(s.id(), List.of())), articles, eventRows, pairs));
        }
        return new NarrativePages(idx, rows, findings, byId);
    }

    /** The parts that never change, in the order the answer has always had; null where a page of members goes. */
    private static Map<String, Object> fixed(ServedIndex idx, WorkbenchQueries rows, ServedNarrative s, int articles, int events, long pairs,
                                             List<Map<String, Object>> lineage, List<Map<String, Object>> cases) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", s.id());
        n.put("label", s.label());
        n.put("key_terms", s.keyTerms());
        n.put("parent_id", s.parentId());
        n.put("first_seen", s.firstSeen());
        n.put("last_seen", s.lastSeen());
        n.put("timeline", RawJson.of(timeline(idx, s)));
        n.put("articles_total", (long) articles);
        n.put("outlets_total", Arrays.stream(s.articles()).map(a -> idx.outletOf[a]).distinct().count());
        n.put("articles", null);
        n.put("claims_total", (long) s.claims().length);
        n.put("claims", null);
        n.put("techniques", RawJson.of(rows.techniquesOfClaims(s.claims())));
        n.put("near_duplicates", null);
        n.put("near_duplicates_total", pairs);
        n.put("places", RawJson.of(rows.placesOf(s.articles())));
        n.put("events_total", (long) events);
        n.put("events", null);
        List<Map<String, Object>> children = new ArrayList<>();
        Map<String, Object> parent = null;
        for (ServedNarrative c : idx.narratives) {
            if (s.id().equals(c.parentId())) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", c.id());
                r.put("label", c.label());
                r.put("first_seen", c.firstSeen());
                r.put("last_seen", c.lastSeen());
                children.add(r);
            }
            if (c.id().equals(s.parentId())) {
                parent = new LinkedHashMap<>();
                parent.put("id", c.id());
                parent.put("label", c.label());
            }
        }
        n.put("children", RawJson.of(children));
        n.put("parent", parent == null ? null : RawJson.of(parent));
        n.put("lineage", RawJson.of(lineage));
        n.put("cases", RawJson.of(cases));
        n.put("provenance", RawJson.of(ProvenanceGraph.of(ProvenanceGraph.claimsOf(idx, s))));
        return n;
    }

    /** Member articles per month and outlet, months then outlets ascending. */
    private static List<Map<String, Object>> timeline(ServedIndex idx, ServedNarrative s) {
        TreeMap<String, TreeMap<String, Long>> timeline = new TreeMap<>();
        for (int a : s.articles()) {
            String m = idx.monthOf[a];
            if (m != null) {
                timeline.computeIfAbsent(m, k -> new TreeMap<>()).merge(idx.outlet(a), 1L, Long::sum);
            }
        }
        List<Map<String, Object>> months = new ArrayList<>();
        timeline.forEach((m, byOutlet) -> byOutlet.forEach((o, c) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("month", m);
            r.put("outlet", o);
            r.put("articles", c);
            months.add(r);
        }));
        return months;
    }

    /**
     * One narrative with the page {@code f} (limit, offset) of each of its member lists: claims in
     * list order, articles oldest first (where a narrative starts is what an analyst traces),
     * claimed events by date and near-duplicate pairs.
     */
    Optional<Map<String, Object>> narrative(String id, Filter f) {
        Summary s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Map<String, Object> n = new LinkedHashMap<>(s.fixed());
        n.put("articles", articles(s, f).items());
        n.put("claims", claims(s, f).items());
        n.put("near_duplicates", nearDuplicates(s, f).items());
        n.put("events", events(s, f).items());
        n.put("limit", f.limit());
        n.put("offset", f.offset());
        return Optional.of(n);
    }

    /** A page of one member list of a narrative: {@code claims}, {@code articles}, {@code events} or {@code near_duplicates}. */
    Optional<Page> members(String id, String list, Filter f) {
        Summary s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        return Optional.of(switch (list) {
            case "claims" -> claims(s, f);
            case "articles" -> articles(s, f);
            case "events" -> events(s, f);
            case "near_duplicates" -> nearDuplicates(s, f);
            default -> throw new IllegalArgumentException("no member list " + list);
        });
    }

    private Page claims(Summary s, Filter f) {
        int[] claims = s.narrative().claims();
        return new Page(claims.length, f.limit(), f.offset(), rows.claimJson(claims, f.offset(), f.limit()));
    }

    private Page articles(Summary s, Filter f) {
        List<JsonRow> page = new ArrayList<>();
        for (int i = f.offset(); i < s.articles().length && page.size() < f.limit(); i++) {
            page.add(idx.rowJson(s.articles()[i]));
        }
        return new Page(s.articles().length, f.limit(), f.offset(), page);
    }

    private Page events(Summary s, Filter f) {
        List<JsonRow> page = new ArrayList<>();
        for (int i = f.offset(); i < s.events().length && page.size() < f.limit(); i++) {
            page.add(findings.eventJson(s.events()[i], idx));
        }
        return new Page(s.events().length, f.limit(), f.offset(), page);
    }

    private Page nearDuplicates(Summary s, Filter f) {
        List<RawJson> pairs = s.pairs();
        return new Page(pairs.size(), f.limit(), f.offset(), pairs.subList(Math.min(f.offset(), pairs.size()),
                Math.min(pairs.size(), f.offset() + f.limit())));
    }
}
