package org.echotrace.extract.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word classes induced from running text ({@link ClusterInduction}), at a few granularities: words
 * used alike ("Tuesday", "Wednesday"; "Homs", "Hama", "Aleppo") share a class, so the tagger
 * generalises from the names it was trained on to names it only saw in unlabelled text.
 */
public final class WordClusters {
    public static final WordClusters NONE = new WordClusters(List.of(), Map.of());

    private final List<Integer> sizes;
    private final Map<String, int[]> classes;

    WordClusters(List<Integer> sizes, Map<String, int[]> classes) {
        this.sizes = List.copyOf(sizes);
        this.classes = classes;
    }

    int granularities() {
        return sizes.size();
    }

    int size(int granularity) {
        return sizes.get(granularity);
    }

    /** The word's class at each granularity, or null for a word never clustered. */
    int[] of(String word) {
        return classes.get(word);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeByte(sizes.size());
        for (int s : sizes) {
            out.writeShort(s);
        }
        Map<String, int[]> sorted = new TreeMap<>(classes);
        out.writeInt(sorted.size());
        for (Map.Entry<String, int[]> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            for (int c : e.getValue()) {
                out.writeShort(c);
            }
        }
    }

    static WordClusters read(DataInputStream in) throws IOException {
        int g = in.readUnsignedByte();
        Integer[] sizes = new Integer[g];
        for (int i = 0; i < g; i++) {
            sizes[i] = in.readUnsignedShort();
        }
        int n = in.readInt();
        Map<String, int[]> classes = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String w = in.readUTF();
            int[] c = new int[g];
            for (int j = 0; j < g; j++) {
                c[j] = in.readUnsignedShort();
            }
            classes.put(w, c);
        }
        return new WordClusters(List.of(sizes), classes);
    }
}
