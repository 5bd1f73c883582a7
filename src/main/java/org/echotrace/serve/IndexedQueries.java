package org.echotrace.serve;

import org.echotrace.serve.WorkbenchQueries.Page;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The list pages and the narrative and outlet pages, counted, grouped and paged over the
 * in-memory index ({@link ServedIndex}); only the rows of a page are read from the tables
 * ({@link WorkbenchQueries}). Answers have the same shape and order the SQL gave before.
 */
final class IndexedQueries {
    private final ServedIndex idx;
    private final ClaimTextIndex claimText;
    private final WorkbenchQueries rows;
    private final FindingGroups entities;
    private final FindingGroups places;

    IndexedQueries(ServedIndex idx, ClaimTextIndex claimText, WorkbenchQueries rows, FindingGroups entities, FindingGroups places) {
        this.idx = idx;
        this.claimText = claimText;
        this.rows = rows;
        this.entities = entities;
        this.places = places;
    }

    /** Entities grouped by canonical name and type, most mentioned first; {@code kind} is the type. */
    Page entities(Filter f) {
        return entities.page(f, idx.filter(f));
    }

    /** Places grouped by gazetteer id, with coordinates and how often they are named. */
    Page places(Filter f) {
        return places.page(f, idx.filter(f));
    }

    /** Articles, newest first; {@code ids} (from full-text search) narrows them when present. */
    Page articles(Filter f, Optional<List<String>> ids) {
        BitSet keep = idx.filter(f);
        BitSet found = null;
        if (ids.isPresent()) {
            found = new BitSet(idx.articles());
            for (String id : ids.get()) {
                idx.article(id).ifPresent(found::set);
            }
        }
        long total = 0;
        List<Map<String, Object>> items = new ArrayList<>();
        for (int a = 0; a < idx.articles(); a++) {
            if (ServedIndex.kept(keep, a) && (found == null || found.get(a))) {
                if (total >= f.offset() && items.size() < f.limit()) {
                    items.add(idx.row(a));
                }
                total++;
            }
        }
        return new Page(total, f.limit(), f.offset(), items);
    }

    /** Short rows of these articles, in the order given (search ranking). */
    List<Map<String, Object>> articlesByIds(List<String> ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            idx.article(id).ifPresent(a -> out.add(idx.row(a)));
        }
        return out;
    }

    /** Claims in list order; {@code kind} is own or attributed; {@code q} a full-text query over claim texts. */
    Page claims(Filter f) {
        int n = idx.claimArt.length;
        if (f.q().isPresent() && f.equals(Filter.page(f.limit(), f.offset()).withQuery(f.q()))) {
            // Only a query: Lucene gives the first hits in list order (the index is sorted by rank) and the count.
            ClaimTextIndex.FirstHits hits = claimText.first(f.q().get(), f.offset() + f.limit());
            List<Integer> page = hits.ranks().subList(Math.min(f.offset(), hits.ranks().size()), hits.ranks().size());
            return new Page(hits.total(), f.limit(), f.offset(), rows.claimRows(page));
        }
        BitSet keep = idx.filter(f);
        BitSet match = f.q().map(q -> claimText.matching(q, n)).orElse(null);
        String kind = f.kind().orElse(null);
        long total = 0;
        List<Integer> page = new ArrayList<>();
        int r = match == null ? 0 : match.nextSetBit(0);
        while (r >= 0 && r < n) {
            if (ServedIndex.kept(keep, idx.claimArt[r]) && (kind == null || kind.equals(idx.claimKind[r]))) {
                if (total >= f.offset() && page.size() < f.limit()) {
                    page.add(r);
                }
                total++;
            }
            r = match == null ? r + 1 : match.nextSetBit(r + 1);
        }
        return new Page(total, f.limit(), f.offset(), rows.claimRows(page));
    }

    /** Full rows of these claims, keys as "articleId#idx", in the order given. */
    List<Map<String, Object>> claimsByKeys(List<String> keys) {
        List<Integer> ranks = new ArrayList<>();
        for (String k : keys) {
            int hash = k.lastIndexOf('#');
            try {
                idx.claim(k.substring(0, hash), Integer.parseInt(k.substring(hash + 1))).ifPresent(ranks::add);
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                // Not a claim key: nothing to show for it.
            }
        }
        Map<Integer, Map<String, Object>> byRank = new LinkedHashMap<>();
        List<Map<String, Object>> found = rows.claimRows(ranks.stream().sorted().distinct().toList());
        List<Integer> sorted = ranks.stream().sorted().distinct().toList();
        for (int i = 0; i < found.size(); i++) {
            byRank.put(sorted.get(i), found.get(i));
        }
        return ranks.stream().map(byRank::get).toList();
    }

    /** Narratives with their size, reach and dates; filters apply to their member articles. */
    Page narratives(Filter f) {
        BitSet keep = idx.filter(f);
        String q = f.q().map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        // One pass counts every narrative; only the page's rows are built.
        record Reach(ServedNarrative n, long articles, long outlets, int first, int last) {
        }
        List<Reach> all = new ArrayList<>();
        BitSet outlets = new BitSet(idx.outlets.size());
        for (ServedNarrative s : idx.narratives) {
            if (q != null && !contains(s.label(), q) && !contains(s.keyTerms(), q)) {
                continue;
            }
            long articles = 0;
            int first = -1;
            int last = -1;
            outlets.clear();
            for (int a : s.articles()) {
                if (ServedIndex.kept(keep, a)) {
                    articles++;
                    outlets.set(idx.outletOf[a]);
                    if (idx.published[a] != null) {
                        int d = idx.dateRank[a];
                        first = first < 0 || d < idx.dateRank[first] ? a : first;
                        last = last < 0 || d > idx.dateRank[last] ? a : last;
                    }
                }
            }
            if (articles > 0) {
                all.add(new Reach(s, articles, outlets.cardinality(), first, last));
            }
        }
        all.sort(Comparator.comparingLong((Reach r) -> -r.articles()).thenComparing(r -> r.n().id()));
        int from = Math.min(f.offset(), all.size());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Reach x : all.subList(from, Math.min(all.size(), from + f.limit()))) {
            ServedNarrative s = x.n();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.id());
            r.put("label", s.label());
            r.put("key_terms", s.keyTerms());
            r.put("parent_id", s.parentId());
            r.put("articles", x.articles());
            r.put("outlets", x.outlets());
            r.put("first_seen", s.firstSeen() != null ? s.firstSeen() : x.first() < 0 ? null : idx.published[x.first()]);
            r.put("last_seen", s.lastSeen() != null ? s.lastSeen() : x.last() < 0 ? null : idx.published[x.last()]);
            r.put("cases", s.cases());
            r.put("months", s.months());
            items.add(r);
        }
        return new Page(all.size(), f.limit(), f.offset(), items);
    }

    /** One narrative: its row, timeline by month and outlet, member claims and articles, places, events, family, cases. */
    Optional<Map<String, Object>> narrative(String id) {
        Optional<ServedNarrative> found = idx.narrative(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ServedNarrative s = found.get();
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", s.id());
        n.put("label", s.label());
        n.put("key_terms", s.keyTerms());
        n.put("parent_id", s.parentId());
        n.put("first_seen", s.firstSeen());
        n.put("last_seen", s.lastSeen());
        TreeMap<String, TreeMap<String, Long>> timeline = new TreeMap<>();
        Set<Integer> outlets = new HashSet<>();
        for (int a : s.articles()) {
            outlets.add(idx.outletOf[a]);
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
        n.put("timeline", months);
        // The page shows the earliest members: where a narrative starts is what an analyst traces.
        n.put("articles_total", (long) s.articles().length);
        n.put("outlets_total", (long) outlets.size());
        BitSet members = new BitSet(idx.articles());
        for (int a : s.articles()) {
            members.set(a);
        }
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < idx.oldestFirst.length && articles.size() < WorkbenchQueries.DETAIL_LIMIT; i++) {
            if (members.get(idx.oldestFirst[i])) {
                articles.add(idx.row(idx.oldestFirst[i]));
            }
        }
        n.put("articles", articles);
        n.put("claims_total", (long) s.claims().length);
        List<Integer> claims = new ArrayList<>();
        for (int i = 0; i < s.claims().length && i < WorkbenchQueries.DETAIL_LIMIT; i++) {
            claims.add(s.claims()[i]);
        }
        n.put("claims", rows.claimRows(claims));
        n.put("techniques", rows.techniquesOfClaims(s.claims()));
        long[] pairs = {0};
        n.put("near_duplicates", rows.nearDuplicatesAmong(s.claims(), WorkbenchQueries.DETAIL_LIMIT, pairs));
        n.put("near_duplicates_total", pairs[0]);
        rows.narrativeDetail(id, s.parentId(), n);
        n.put("provenance", ProvenanceGraph.of(idx.provenanceClaims(s)));
        return Optional.of(n);
    }

    /** Every outlet with its articles, dates and relay profile (own assertions vs attributed claims). */
    Page outlets(Filter f) {
        BitSet keep = idx.filter(f);
        int k = idx.outlets.size();
        long[] articles = new long[k];
        long[] own = new long[k];
        long[] attributed = new long[k];
        String[] first = new String[k];
        String[] last = new String[k];
        for (int a = 0; a < idx.articles(); a++) {
            if (ServedIndex.kept(keep, a)) {
                int o = idx.outletOf[a];
                articles[o]++;
                own[o] += idx.own[a];
                attributed[o] += idx.attributed[a];
                String p = idx.published[a];
                if (p != null) {
                    first[o] = first[o] == null || p.compareTo(first[o]) < 0 ? p : first[o];
                    last[o] = last[o] == null || p.compareTo(last[o]) > 0 ? p : last[o];
                }
            }
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (int o = 0; o < k; o++) {
            if (articles[o] > 0) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("outlet", idx.outlets.get(o));
                r.put("articles", articles[o]);
                r.put("first_seen", first[o]);
                r.put("last_seen", last[o]);
                r.put("own_claims", own[o]);
                r.put("attributed_claims", attributed[o]);
                all.add(r);
            }
        }
        all.sort(Comparator.comparingLong((Map<String, Object> r) -> -(Long) r.get("articles"))
                .thenComparing(r -> (String) r.get("outlet")));
        int from = Math.min(f.offset(), all.size());
        return new Page(all.size(), f.limit(), f.offset(), new ArrayList<>(all.subList(from, Math.min(all.size(), from + f.limit()))));
    }

    /** One outlet: its totals, the sources it relays, its narratives by month. Empty when it published nothing. */
    Optional<Map<String, Object>> outlet(String name) {
        List<Map<String, Object>> found = outlets(new Filter(1, 0, Optional.empty(), Optional.empty(), Optional.of(name),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).items();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> o = found.get(0);
        o.put("sources", idx.sources(name));
        TreeMap<String, Long> months = new TreeMap<>();
        List<Map<String, Object>> recent = new ArrayList<>();
        BitSet mine = new BitSet(idx.articles());
        int number = idx.outlets.indexOf(name);
        for (int a = 0; a < idx.articles(); a++) {
            if (idx.outletOf[a] == number) {
                mine.set(a);
                Optional.ofNullable(idx.monthOf[a]).ifPresent(m -> months.merge(m, 1L, Long::sum));
                if (recent.size() < 20) {
                    recent.add(idx.row(a));
                }
            }
        }
        List<Map<String, Object>> perMonth = new ArrayList<>();
        months.forEach((m, c) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("month", m);
            r.put("articles", c);
            perMonth.add(r);
        });
        o.put("months", perMonth);
        List<Map<String, Object>> narratives = new ArrayList<>();
        for (ServedNarrative s : idx.narratives) {
            TreeMap<String, Long> byMonth = new TreeMap<>();
            for (int a : s.articles()) {
                String m = idx.monthOf[a];
                if (mine.get(a) && m != null) {
                    byMonth.merge(m, 1L, Long::sum);
                }
            }
            byMonth.forEach((m, c) -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", s.id());
                r.put("label", s.label());
                r.put("month", m);
                r.put("articles", c);
                narratives.add(r);
            });
        }
        o.put("narratives", narratives);
        o.put("techniques", rows.techniquesOfArticles(mine));
        o.put("recent", recent);
        return Optional.of(o);
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }
}
