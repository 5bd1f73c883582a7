package org.echotrace.serve;

import org.echotrace.serve.WorkbenchQueries.Page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The narrative list: each narrative's size, reach and dates within the filters, counted over
 * what is built once at start: its member articles' places in date order, per outlet, and its
 * sparkline already written as JSON.
 *
 * <p>Design decision: the list's usual filters (dates, an outlet, words of the label) need no walk
 * over the members: dates are a run of the date order ({@link ServedIndex#dateWindow}), so a
 * narrative's articles in it are counted by two binary searches per outlet, its outlets are the
 * outlets with any, and its first and last dated article are at the run's ends. Entity and
 * narrative filters, which pick articles one by one, walk the members.
 */
final class NarrativeList {
    /** One narrative's member articles: per outlet it appears in, their places in the date order, ascending. */
    private record Members(ServedNarrative narrative, String label, String keyTerms, int[] outlets, int[][] ranks,
                           RawJson months) {
    }

    /** One listed narrative: how many of its articles and outlets the filters keep, and its first and last dated article's rank. */
    private record Reach(Members m, long articles, long outlets, int first, int last) {
    }

    private final ServedIndex idx;
    private final List<Members> members;

    private NarrativeList(ServedIndex idx, List<Members> members) {
        this.idx = idx;
        this.members = members;
    }

    static NarrativeList build(ServedIndex idx) {
        List<Members> out = new ArrayList<>();
        for (ServedNarrative s : idx.narratives) {
            List<List<Integer>> byOutlet = new ArrayList<>();
            for (int i = 0; i < idx.outlets.size(); i++) {
                byOutlet.add(new ArrayList<>());
            }
            for (int a : s.articles()) {
                byOutlet.get(idx.outletOf[a]).add(idx.dateRank[a]);
            }
            List<Integer> outlets = new ArrayList<>();
            List<int[]> ranks = new ArrayList<>();
            for (int o = 0; o < byOutlet.size(); o++) {
                if (!byOutlet.get(o).isEmpty()) {
                    outlets.add(o);
                    ranks.add(byOutlet.get(o).stream().mapToInt(Integer::intValue).sorted().toArray());
                }
            }
            out.add(new Members(s, lower(s.label()), lower(s.keyTerms()), outlets.stream().mapToInt(Integer::intValue).toArray(),
                    ranks.toArray(int[][]::new), RawJson.of(s.months())));
        }
        return new NarrativeList(idx, List.copyOf(out));
    }

    /** Narratives with their size, reach and dates; filters apply to their member articles, {@code q} to label and key terms. */
    Page page(Filter f) {
        String q = f.q().map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        boolean byRuns = f.narrative().isEmpty() && f.entity().isEmpty();
        BitSet keep = byRuns ? null : idx.filter(f);
        int[] window = idx.dateWindow(f);
        int outlet = f.outlet().map(idx.outlets::indexOf).orElse(-2);
        List<Reach> all = new ArrayList<>();
        for (Members m : members) {
            if (q != null && !contains(m.label(), q) && !contains(m.keyTerms(), q)) {
                continue;
            }
            Reach r = byRuns ? inWindow(m, window, outlet) : walking(m, keep);
            if (r.articles() > 0) {
                all.add(r);
            }
        }
        all.sort(Comparator.comparingLong((Reach r) -> -r.articles()).thenComparing(r -> r.m().narrative().id()));
        int from = Math.min(f.offset(), all.size());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Reach x : all.subList(from, Math.min(all.size(), from + f.limit()))) {
            ServedNarrative s = x.m().narrative();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.id());
            r.put("label", s.label());
            r.put("key_terms", s.keyTerms());
            r.put("parent_id", s.parentId());
            r.put("articles", x.articles());
            r.put("outlets", x.outlets());
            r.put("first_seen", s.firstSeen() != null ? s.firstSeen() : x.first() < 0 ? null : idx.published[idx.oldestFirst[x.first()]]);
            r.put("last_seen", s.lastSeen() != null ? s.lastSeen() : x.last() < 0 ? null : idx.published[idx.oldestFirst[x.last()]]);
            r.put("cases", s.cases());
            r.put("months", x.m().months());
            items.add(r);
        }
        return new Page(all.size(), f.limit(), f.offset(), items);
    }

    /** Counts by binary search: the members in the date window, of one outlet ({@code outlet} >= 0), none (-1: unknown) or any (-2). */
    private Reach inWindow(Members m, int[] window, int outlet) {
        long articles = 0;
        long outlets = 0;
        int first = -1;
        int last = -1;
        int datedEnd = Math.min(window[1], idx.dated);
        for (int i = 0; i < m.outlets().length; i++) {
            if (outlet != -2 && m.outlets()[i] != outlet) {
                continue;
            }
            int[] ranks = m.ranks()[i];
            int lo = lowerBound(ranks, window[0]);
            int hi = lowerBound(ranks, window[1]);
            if (hi <= lo) {
                continue;
            }
            articles += hi - lo;
            outlets++;
            if (ranks[lo] < idx.dated) {
                first = first < 0 ? ranks[lo] : Math.min(first, ranks[lo]);
            }
            int lastDated = lowerBound(ranks, datedEnd) - 1;
            if (lastDated >= lo) {
                last = Math.max(last, ranks[lastDated]);
            }
        }
        return new Reach(m, articles, outlets, first, last);
    }

    /** Counts member by member: the members the filter's articles keep. */
    private Reach walking(Members m, BitSet keep) {
        long articles = 0;
        long outlets = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < m.outlets().length; i++) {
            long before = articles;
            for (int rank : m.ranks()[i]) {
                if (ServedIndex.kept(keep, idx.oldestFirst[rank])) {
                    articles++;
                    if (rank < idx.dated) {
                        first = first < 0 ? rank : Math.min(first, rank);
                        last = Math.max(last, rank);
                    }
                }
            }
            outlets += articles > before ? 1 : 0;
        }
        return new Reach(m, articles, outlets, first, last);
    }

    /** The first index whose value is at least {@code key}. */
    private static int lowerBound(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        return i >= 0 ? i : -i - 1;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static boolean contains(String lowerText, String lowerQuery) {
        return lowerText != null && lowerText.contains(lowerQuery);
    }
}
