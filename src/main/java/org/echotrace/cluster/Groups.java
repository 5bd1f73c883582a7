package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Union-find over points with, per group, the sum of its vectors (for the mean cosine between two
 * groups in O(dimension)) and its date range. Sums are allocated only for groups of two or more,
 * the larger group's array is reused on a union, so memory follows the number of groups formed.
 */
final class Groups {
    private static final long UNDATED = Long.MIN_VALUE;
    private final float[][] vectors;
    private final int[] parent;
    private final int[] size;
    private final long[] first;
    private final long[] last;
    private final Map<Integer, float[]> sums = new HashMap<>();
    private final Map<Integer, int[]> origins = new HashMap<>();

    Groups(float[][] vectors, long[] day) {
        this.vectors = vectors;
        int n = vectors.length;
        parent = new int[n];
        size = new int[n];
        first = day.clone();
        last = day.clone();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        float[] sum = sumOf(ra);
        float[] other = sums.containsKey(rb) ? sums.remove(rb) : vectors[rb];
        for (int d = 0; d < sum.length; d++) {
            sum[d] += other[d];
        }
        int[] oa = origins.remove(ra);
        int[] ob = origins.remove(rb);
        int[] o = oa == null ? ob : ob == null ? oa : java.util.stream.IntStream.concat(java.util.Arrays.stream(oa),
                java.util.Arrays.stream(ob)).distinct().sorted().toArray();
        if (o != null) {
            origins.put(ra, o);
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        first[ra] = minDay(first[ra], first[rb]);
        last[ra] = Math.max(last[ra], last[rb]);
    }

    private float[] sumOf(int root) {
        return sums.computeIfAbsent(root, r -> vectors[r].clone());
    }

    /** Marks a point (still alone) as a member of a group that existed before this run. */
    void setOrigin(int point, int origin) {
        origins.put(find(point), new int[] {origin});
    }

    /** The earlier groups a group (root) contains, ascending; empty for a group of new points only. */
    int[] originsOf(int root) {
        return origins.getOrDefault(root, new int[0]);
    }

    /** Mean cosine over all pairs across two groups (roots). */
    double meanCosine(int ra, int rb) {
        float[] a = sums.getOrDefault(ra, vectors[ra]);
        float[] b = sums.getOrDefault(rb, vectors[rb]);
        return VectorNeighbours.dot(a, b) / ((double) size[ra] * size[rb]);
    }

    /** Days between two groups' date ranges; 0 when they overlap or either is undated. */
    long gapDays(int ra, int rb) {
        if (first[ra] == UNDATED || first[rb] == UNDATED) {
            return 0;
        }
        return Math.max(0, Math.max(first[ra], first[rb]) - Math.min(last[ra], last[rb]));
    }

    /** Groups as ascending index arrays, ordered by their first index. */
    List<int[]> groups() {
        int n = parent.length;
        Map<Integer, List<Integer>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).add(i);
        }
        List<int[]> out = new ArrayList<>(byRoot.size());
        for (List<Integer> g : byRoot.values()) {
            out.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private static long minDay(long a, long b) {
        if (a == UNDATED) {
            return b;
        }
        return b == UNDATED ? a : Math.min(a, b);
    }
}
