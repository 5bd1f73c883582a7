package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts names, spellings of one name counted together ("Russian Defense Ministry" and "Russian
 * Defence Ministry" share a spelling skeleton); each is shown in its most frequent spelling.
 */
final class NameTally {
    private final Map<String, Map<String, Integer>> bySkeleton = new TreeMap<>();

    void add(String name) {
        String key = Originators.skeletonOf(name);
        bySkeleton.computeIfAbsent(key.isEmpty() ? name : key, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
    }

    /** Most claims first, then by name. */
    List<NameCount> counts() {
        List<NameCount> out = new ArrayList<>();
        for (Map<String, Integer> spellings : bySkeleton.values()) {
            String shown = spellings.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            out.add(new NameCount(shown, spellings.values().stream().mapToInt(Integer::intValue).sum()));
        }
        out.sort(Comparator.comparingInt(NameCount::claims).reversed().thenComparing(NameCount::name));
        return out;
    }
}
