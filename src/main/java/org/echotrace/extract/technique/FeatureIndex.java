package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feature names to dense ids. Built from training data keeping the features seen at least
 * {@code minCount} times (rare ones only memorise the training set and bloat the shipped model), ids
 * in sorted name order so a model is the same whatever order the data came in.
 */
final class FeatureIndex {
    private final String[] names;
    private final Map<String, Integer> ids;

    private FeatureIndex(String[] names) {
        this.names = names;
        this.ids = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            ids.put(names[i], i);
        }
    }

    static FeatureIndex build(List<String[]> featureSets, int minCount) {
        Counter counter = new Counter();
        featureSets.forEach(counter::add);
        return counter.build(minCount);
    }

    /** Counts features set by set, so a large training set need not be held as strings. */
    static final class Counter {
        private final Map<String, Integer> counts = new HashMap<>();

        void add(String[] set) {
            for (String f : set) {
                counts.merge(f, 1, Integer::sum);
            }
        }

        FeatureIndex build(int minCount) {
            return new FeatureIndex(counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
                    .map(Map.Entry::getKey).sorted().toArray(String[]::new));
        }
    }

    /** The index of several, names in sorted order (the union of theirs). */
    static FeatureIndex union(List<FeatureIndex> indexes) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (FeatureIndex x : indexes) {
            all.addAll(Arrays.asList(x.names));
        }
        return new FeatureIndex(all.toArray(String[]::new));
    }

    String name(int id) {
        return names[id];
    }

    /** Id of a feature name, -1 when unknown. */
    int id(String name) {
        Integer id = ids.get(name);
        return id == null ? -1 : id;
    }

    int size() {
        return names.length;
    }

    /** Ids of the known features of a set; unknown ones are dropped. */
    int[] ids(String[] features) {
        int[] out = new int[features.length];
        int n = 0;
        for (String f : features) {
            Integer id = ids.get(f);
            if (id != null) {
                out[n++] = id;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The index restricted to features whose {@code keep} flag is set, with the old-to-new id map. */
    FeatureIndex keep(boolean[] keep, int[] newIdOut) {
        int n = 0;
        for (int i = 0; i < names.length; i++) {
            newIdOut[i] = keep[i] ? n++ : -1;
        }
        String[] kept = new String[n];
        for (int i = 0; i < names.length; i++) {
            if (keep[i]) {
                kept[newIdOut[i]] = names[i];
            }
        }
        return new FeatureIndex(kept);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(names.length);
        for (String n : names) {
            out.writeUTF(n);
        }
    }

    static FeatureIndex read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("bad feature count " + n);
        }
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = in.readUTF();
        }
        return new FeatureIndex(names);
    }
}
