package org.echotrace.extract.entity;

import java.util.Map;

/**
 * Feature name to feature id, as an open-addressing table of plain arrays: looking features up is
 * the tagger's inner loop, and a {@code HashMap<String, Integer>} spends it chasing nodes.
 */
final class FeatureIndex {
    private final String[] keys;
    private final int[] ids;
    private final int mask;

    FeatureIndex(Map<String, Integer> index) {
        int capacity = Integer.highestOneBit(Math.max(4, index.size() * 2)) * 2;
        keys = new String[capacity];
        ids = new int[capacity];
        mask = capacity - 1;
        index.forEach((k, v) -> {
            int at = spread(k.hashCode()) & mask;
            while (keys[at] != null) {
                at = (at + 1) & mask;
            }
            keys[at] = k;
            ids[at] = v;
        });
    }

    /** The feature's id, or -1 for a feature the model does not know. */
    int get(String name) {
        int at = spread(name.hashCode()) & mask;
        while (true) {
            String k = keys[at];
            if (k == null) {
                return -1;
            }
            if (k.equals(name)) {
                return ids[at];
            }
            at = (at + 1) & mask;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
