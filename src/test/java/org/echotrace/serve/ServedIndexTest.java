package org.echotrace.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

class ServedIndexTest {
    /** Dates of varying precision, one missing, in no particular order. */
    private static final String[] DATES = {"2017-06-11", "2017", "2017-06", null, "2018-01-02", "2016-12-31", "2017-07-01", "2017-06-30", null};
    private static final int[] OUTLET = {0, 1, 0, 1, 2, 0, 1, 2, 0};
    private static final List<String> BOUNDS = List.of("2016", "2016-12", "2016-12-31", "2017", "2017-06", "2017-06-11", "2017-06-30",
            "2017-07", "2018", "2018-01-02", "2019");

    private static ServedIndex index() {
        int n = DATES.length;
        String[] id = new String[n];
        for (int i = 0; i < n; i++) {
            id[i] = "a" + i;
        }
        List<ServedNarrative> narratives = List.of(
                new ServedNarrative("n1", "Border camp", null, null, null, null, new int[0], new int[] {0, 1, 2, 3, 6}, 0, List.of()),
                new ServedNarrative("n2", "Convoy", "convoy, ministry", null, null, null, new int[0], new int[] {4, 5, 7, 8}, 0, List.of()),
                new ServedNarrative("n3", "Undated", null, null, null, null, new int[0], new int[] {3, 8}, 0, List.of()));
        return new ServedIndex(new ServedIndexLoader.Loaded(id, id, DATES, new String[n], new String[n], new int[n], new int[n],
                List.of("A", "B", "C"), OUTLET, new int[0], new int[0], new String[0], narratives, Map.of(), new String[0],
                new String[0][], Map.of()));
    }

    /** The date tests as the lists have always applied them, one article at a time. */
    private static boolean inDates(String p, String from, String to) {
        return p != null && (from == null || p.compareTo(from) >= 0)
                && (to == null || p.substring(0, Math.min(p.length(), to.length())).compareTo(to) <= 0);
    }

    private static Filter dates(String from, String to) {
        return new Filter(500, 0, Optional.ofNullable(from), Optional.ofNullable(to), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void keepsExactlyTheArticlesTheDateTestsKeepByBinarySearch() {
        ServedIndex idx = index();
        List<String> bounds = new ArrayList<>(BOUNDS);
        bounds.add(null);
        for (String from : bounds) {
            for (String to : bounds) {
                if (from == null && to == null) {
                    continue;
                }
                BitSet expected = new BitSet();
                for (int a = 0; a < DATES.length; a++) {
                    if (inDates(DATES[a], from, to)) {
                        expected.set(a);
                    }
                }
                assertEquals(expected, idx.filter(dates(from, to)), "from " + from + " to " + to);
            }
        }
    }

    @Test
    void countsEachNarrativesArticlesOutletsAndDatesWithinTheFilters() {
        ServedIndex idx = index();
        NarrativeList list = NarrativeList.build(idx);
        List<String> bounds = new ArrayList<>(BOUNDS);
        bounds.add(null);
        for (String from : bounds) {
            for (String to : bounds) {
                for (Optional<String> outlet : List.of(Optional.<String>empty(), Optional.of("A"), Optional.of("C"), Optional.of("none"))) {
                    Filter f = new Filter(500, 0, Optional.ofNullable(from), Optional.ofNullable(to), outlet, Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty());
                    List<String> expected = new ArrayList<>();
                    for (ServedNarrative s : idx.narratives) {
                        long articles = 0;
                        Set<Integer> outlets = new HashSet<>();
                        String first = null;
                        String last = null;
                        for (int a : s.articles()) {
                            boolean dated = from == null && to == null || inDates(DATES[a], from, to);
                            if (dated && outlet.map(o -> idx.outlets.indexOf(o) == OUTLET[a]).orElse(true)) {
                                articles++;
                                outlets.add(OUTLET[a]);
                                String p = DATES[a];
                                first = p != null && (first == null || p.compareTo(first) < 0) ? p : first;
                                last = p != null && (last == null || p.compareTo(last) > 0) ? p : last;
                            }
                        }
                        if (articles > 0) {
                            expected.add(s.id() + " " + articles + " " + outlets.size() + " " + first + " " + last);
                        }
                    }
                    List<String> got = new ArrayList<>();
                    list.page(f).items().forEach(r -> got.add(r.get("id") + " " + r.get("articles") + " " + r.get("outlets") + " "
                            + r.get("first_seen") + " " + r.get("last_seen")));
                    expected.sort(null);
                    got.sort(null);
                    assertEquals(expected, got, "from " + from + " to " + to + " outlet " + outlet);
                }
            }
        }
    }

    @Test
    void matchesWordsOfTheLabelOrKeyTerms() {
        NarrativeList list = NarrativeList.build(index());
        Filter f = new Filter(50, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("MINISTRY"));
        assertEquals(List.of("n2"), list.page(f).items().stream().map(r -> r.get("id")).toList());
    }
}
