package org.echotrace.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the list pages filter, count, group and page, held in Java arrays built once at start:
 * the articles in list order (newest first) with their outlet and claim counts, every claim's
 * article and kind in claim list order, the narratives with their member claims and articles, and
 * which articles name each entity. Requests then touch a few thousand array cells instead of
 * joining the claim table, and DuckDB is asked only for the rows of the page being shown.
 *
 * <p>Design decision: arrays indexed by position (article ordinal {@code art}, claim
 * {@code list_rank}), not objects per row: 200,000 claims cost two ints and a byte each, and a
 * filter is a {@link BitSet} over 10,000 articles. A served store cannot change, so nothing here is
 * ever updated.
 */
final class ServedIndex {
    /** The article columns the lists show, by ordinal. */
    final String[] id;
    final String[] title;
    final String[] published;
    final String[] author;
    final String[] language;
    final int[] own;
    final int[] attributed;
    /** Outlet names ('(unknown)' for none), and each article's outlet by number. */
    final List<String> outlets;
    final int[] outletOf;
    private final Map<String, Integer> ordinal;
    private final Map<String, Integer> outletNumber;
    /** Article ordinals oldest first (published, no date last, then id): the order a narrative's articles are shown in. */
    final int[] oldestFirst;
    final int[] claimArt;
    final int[] claimIdx;
    final String[] claimKind;
    /** First claim rank of each article and how many it has (an article's claims are consecutive). */
    final int[] claimStart;
    final int[] claimCount;
    final List<ServedNarrative> narratives;
    private final Map<String, ServedNarrative> narrativeById;
    /** The narratives each article belongs to, by narrative position in {@link #narratives}. */
    private final int[][] narrativesOf;
    private final Map<String, int[]> entityArticles;
    final String[] claimSource;
    final String[][] claimRelays;
    private final Map<String, List<Map<String, Object>>> outletSources;
    /** Each article's publication month ("2024-06"), null when undated: computed once, read per request. */
    final String[] monthOf;
    /** Each article's place in {@link #oldestFirst}: comparing two of these compares their dates. */
    final int[] dateRank;
    /** How many articles have a date: they come first in {@link #oldestFirst}. */
    final int dated;

    ServedIndex(ServedIndexLoader.Loaded l) {
        this.id = l.id();
        this.title = l.title();
        this.published = l.published();
        this.author = l.author();
        this.language = l.language();
        this.own = l.own();
        this.attributed = l.attributed();
        this.outlets = l.outlets();
        this.outletOf = l.outletOf();
        this.claimArt = l.claimArt();
        this.claimIdx = l.claimIdx();
        this.claimKind = l.claimKind();
        this.narratives = l.narratives();
        this.entityArticles = l.entityArticles();
        this.claimSource = l.claimSource();
        this.claimRelays = l.claimRelays();
        this.outletSources = l.outletSources();
        int n = id.length;
        ordinal = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            ordinal.put(id[i], i);
        }
        outletNumber = new HashMap<>();
        for (int i = 0; i < outlets.size(); i++) {
            outletNumber.put(outlets.get(i), i);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            String pa = published[a];
            String pb = published[b];
            int c = pa == null ? (pb == null ? 0 : 1) : pb == null ? -1 : pa.compareTo(pb);
            return c != 0 ? c : id[a].compareTo(id[b]);
        });
        oldestFirst = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        dateRank = new int[n];
        monthOf = new String[n];
        for (int i = 0; i < n; i++) {
            dateRank[oldestFirst[i]] = i;
            monthOf[i] = month(published[i]);
        }
        int withDate = 0;
        while (withDate < n && published[oldestFirst[withDate]] != null) {
            withDate++;
        }
        dated = withDate;
        claimStart = new int[n];
        claimCount = new int[n];
        Arrays.fill(claimStart, -1);
        for (int r = 0; r < claimArt.length; r++) {
            int a = claimArt[r];
            if (claimStart[a] < 0) {
                claimStart[a] = r;
            }
            claimCount[a]++;
        }
        narrativeById = new HashMap<>();
        List<List<Integer>> of = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            of.add(null);
        }
        for (int k = 0; k < narratives.size(); k++) {
            ServedNarrative s = narratives.get(k);
            narrativeById.put(s.id(), s);
            for (int a : s.articles()) {
                if (of.get(a) == null) {
                    of.set(a, new ArrayList<>(2));
                }
                of.get(a).add(k);
            }
        }
        narrativesOf = new int[n][];
        for (int i = 0; i < n; i++) {
            narrativesOf[i] = of.get(i) == null ? new int[0] : of.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int articles() {
        return id.length;
    }

    Optional<Integer> article(String articleId) {
        return Optional.ofNullable(ordinal.get(articleId));
    }

    Optional<ServedNarrative> narrative(String narrativeId) {
        return Optional.ofNullable(narrativeById.get(narrativeId));
    }

    int[] narrativesOf(int art) {
        return narrativesOf[art];
    }

    /** The rank of claim {@code idx} of an article, if it has one. */
    Optional<Integer> claim(String articleId, int idx) {
        Integer a = ordinal.get(articleId);
        if (a == null) {
            return Optional.empty();
        }
        for (int r = claimStart[a]; r >= 0 && r < claimStart[a] + claimCount[a]; r++) {
            if (claimIdx[r] == idx) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    String outlet(int art) {
        return outlets.get(outletOf[art]);
    }

    /**
     * The articles the shared list filters keep (dates, outlet, narrative, entity), or null when
     * no filter is set: every article.
     */
    BitSet filter(Filter f) {
        if (f.from().isEmpty() && f.to().isEmpty() && f.outlet().isEmpty() && f.narrative().isEmpty() && f.entity().isEmpty()) {
            return null;
        }
        int n = articles();
        BitSet keep = new BitSet(n);
        if (f.narrative().isPresent()) {
            narrative(f.narrative().get()).ifPresent(s -> Arrays.stream(s.articles()).forEach(keep::set));
        } else if (f.entity().isPresent()) {
            Arrays.stream(entityArticles.getOrDefault(f.entity().get(), new int[0])).forEach(keep::set);
        } else {
            keep.set(0, n);
        }
        if (f.narrative().isPresent() && f.entity().isPresent()) {
            BitSet named = new BitSet(n);
            Arrays.stream(entityArticles.getOrDefault(f.entity().get(), new int[0])).forEach(named::set);
            keep.and(named);
        }
        if (f.outlet().isPresent()) {
            Integer o = outletNumber.get(f.outlet().get());
            for (int a = keep.nextSetBit(0); a >= 0; a = keep.nextSetBit(a + 1)) {
                if (o == null || outletOf[a] != o) {
                    keep.clear(a);
                }
            }
        }
        if (f.from().isPresent() || f.to().isPresent()) {
            int[] w = dateWindow(f);
            for (int a = keep.nextSetBit(0); a >= 0; a = keep.nextSetBit(a + 1)) {
                if (dateRank[a] < w[0] || dateRank[a] >= w[1]) {
                    keep.clear(a);
                }
            }
        }
        return keep;
    }

    /**
     * The places in {@link #oldestFirst} of the articles published within the filter's dates,
     * as {@code [from, to)}: every article when it sets none, only dated ones when it sets one.
     *
     * <p>Design decision: both date tests (on or after {@code from}; the date cut to the length of
     * {@code to} no later than {@code to}) keep or drop articles in date order, so the articles they
     * keep are one run of the oldest-first order, found by two binary searches instead of
     * comparing 10,000 strings per request.
     */
    int[] dateWindow(Filter f) {
        if (f.from().isEmpty() && f.to().isEmpty()) {
            return new int[] {0, oldestFirst.length};
        }
        String from = f.from().orElse(null);
        String to = f.to().orElse(null);
        int lo = from == null ? 0 : firstRank(p -> p.compareTo(from) >= 0);
        int hi = to == null ? dated : firstRank(p -> p.substring(0, Math.min(p.length(), to.length())).compareTo(to) > 0);
        return new int[] {lo, Math.max(lo, hi)};
    }

    /** The first place among the dated articles (oldest first) whose date passes a test that, once passed, stays passed. */
    private int firstRank(java.util.function.Predicate<String> test) {
        int lo = 0;
        int hi = dated;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (test.test(published[oldestFirst[mid]])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static boolean kept(BitSet filter, int art) {
        return filter == null || filter.get(art);
    }

    /** The short row of an article, as the lists show it. */
    Map<String, Object> row(int a) {
        Map<String, Object> r = new java.util.LinkedHashMap<>();
        r.put("id", id[a]);
        r.put("title", title[a]);
        r.put("published", published[a]);
        r.put("outlet", outlet(a));
        r.put("author", author[a]);
        r.put("language", language[a]);
        return r;
    }

    /** The short row of an article as {@link #row} has it, written straight to the generator. */
    JsonRow rowJson(int a) {
        return (g, p) -> {
            g.writeStartObject();
            g.writeStringField("id", id[a]);
            g.writeStringField("title", title[a]);
            g.writeStringField("published", published[a]);
            g.writeStringField("outlet", outlet(a));
            g.writeStringField("author", author[a]);
            g.writeStringField("language", language[a]);
            g.writeEndObject();
        };
    }

    /** The sources an outlet relays most, as its page lists them. */
    List<Map<String, Object>> sources(String outlet) {
        return outletSources.getOrDefault(outlet, List.of());
    }

    /** "YYYY-MM" of a date, or null. */
    static String month(String date) {
        return date == null ? null : date.substring(0, Math.min(7, date.length()));
    }
}
