package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * An approximate k-nearest-neighbour graph of unit vectors by cosine: seeded random-hyperplane
 * hashing (SimHash) in several tables, each sorted by signature so that points sharing a long
 * prefix of signs sit side by side, and each point compared with a window of its successors
 * (Charikar's sorted-signature search), then one round of neighbour-of-neighbour search.
 *
 * <p>Design decision: our own LSH rather than Lucene's HNSW. HNSW graphs depend on insertion order
 * and on merge threads, and a narrative id must not change because a file was read first; a
 * seeded hash is the same on every run. Fixed buckets fail both ways (a dense topic fills one with
 * thousands of points; a fine one leaves points alone), a sorted window does not: every point gets
 * {@code window} candidates per table, the closest by signature, and the work is
 * {@code n * tables * window} similarities plus one sort per table, O(n log n), whatever the data. Below {@link #EXACT_BELOW} points every pair
 * is compared, which is then cheaper and exact.
 */
final class VectorNeighbours {
    static final int EXACT_BELOW = 1500;
    private static final int TABLES = 16;
    private static final int WINDOW = 8;
    private static final int BITS = 20;
    private static final int ROUNDS = 2;
    private static final long INDEX_MASK = (1 << 20) - 1;

    /** An undirected edge, {@code a < b}. */
    record Edge(int a, int b, double similarity) {
    }

    private VectorNeighbours() {
    }

    /** Each point's best {@code k} neighbours with similarity at least {@code min}, as a deduplicated edge list sorted by (a, b). */
    static List<Edge> graph(float[][] v, int k, double min, long seed) {
        int n = v.length;
        if (n < EXACT_BELOW) {
            return best(v, allPairs(n), k, min);
        }
        // The first graph keeps each point's best candidates however far: a point whose own group
        // hashed apart still has neighbours of its topic, and their neighbours are its group.
        // Rounds of neighbour-of-neighbour search (NN-descent) then find them, at n * k * k
        // similarities a round, not n^2.
        List<Edge> graph = best(v, candidatePairs(v, seed), k, Double.NEGATIVE_INFINITY);
        for (int round = 0; round < ROUNDS; round++) {
            graph = best(v, twoHop(graph, n, k), k, round == ROUNDS - 1 ? min : Double.NEGATIVE_INFINITY);
        }
        return graph;
    }

    private static long[] twoHop(List<Edge> first, int n, int k) {
        List<List<Integer>> adj = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        long[] pairs = new long[first.size() * 2];
        int c = 0;
        for (Edge e : first) {
            adj.get(e.a()).add(e.b());
            adj.get(e.b()).add(e.a());
            pairs[c++] = ((long) e.a() << 32) | e.b();
        }
        int cap = Math.min(k, 8);
        long[] grown = new long[c + n * cap * cap];
        System.arraycopy(pairs, 0, grown, 0, c);
        for (int i = 0; i < n; i++) {
            List<Integer> near = adj.get(i);
            for (int x = 0; x < Math.min(cap, near.size()); x++) {
                List<Integer> far = adj.get(near.get(x));
                for (int y = 0; y < Math.min(cap, far.size()); y++) {
                    int j = far.get(y);
                    if (j > i) {
                        grown[c++] = ((long) i << 32) | j;
                    }
                }
            }
        }
        return sortedUnique(grown, c);
    }

    private static List<Edge> best(float[][] v, long[] pairs, int k, double min) {
        int n = v.length;
        double[] sims = new double[pairs.length];
        IntStream.range(0, pairs.length).parallel()
                .forEach(p -> sims[p] = dot(v[(int) (pairs[p] >>> 32)], v[(int) pairs[p]]));
        List<PriorityQueue<long[]>> best = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Worst first; ties broken by the larger pair code so the kept set is order-independent.
            best.add(new PriorityQueue<>(k + 1, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(y[1], x[1])));
        }
        for (int p = 0; p < pairs.length; p++) {
            if (sims[p] < min) {
                continue;
            }
            long[] entry = {Double.doubleToLongBits(sims[p] + 2.0), p};
            offer(best.get((int) (pairs[p] >>> 32)), entry, k);
            offer(best.get((int) pairs[p]), entry, k);
        }
        long[] kept = sortedUnique(best.stream().flatMap(q -> q.stream()).mapToLong(e -> e[1]).toArray(), -1);
        List<Edge> out = new ArrayList<>(kept.length);
        for (long p : kept) {
            out.add(new Edge((int) (pairs[(int) p] >>> 32), (int) pairs[(int) p], sims[(int) p]));
        }
        return out;
    }

    private static void offer(PriorityQueue<long[]> q, long[] e, int k) {
        q.add(e);
        if (q.size() > k) {
            q.poll();
        }
    }

    private static long[] allPairs(int n) {
        long[] out = new long[n * (n - 1) / 2];
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out[c++] = ((long) i << 32) | j;
            }
        }
        return out;
    }

    private static long[] candidatePairs(float[][] v, long seed) {
        int n = v.length;
        int dim = v[0].length;
        Random random = new Random(seed);
        long[] out = new long[n * TABLES * WINDOW];
        int c = 0;
        for (int t = 0; t < TABLES; t++) {
            float[][] planes = new float[BITS][dim];
            for (float[] plane : planes) {
                for (int d = 0; d < dim; d++) {
                    plane[d] = (float) random.nextGaussian();
                }
            }
            long[] order = new long[n];
            IntStream.range(0, n).parallel().forEach(i -> order[i] = sortKey(v[i], planes, i));
            Arrays.sort(order);
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < Math.min(n, x + 1 + WINDOW); y++) {
                    int i = (int) (order[x] & INDEX_MASK);
                    int j = (int) (order[y] & INDEX_MASK);
                    out[c++] = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
                }
            }
        }
        return sortedUnique(out, c);
    }

    /** The signs of the point on the table's hyperplanes (its SimHash), then its index (20 bits, about a million points). */
    private static long sortKey(float[] x, float[][] planes, int index) {
        if (index > INDEX_MASK) {
            throw new IllegalArgumentException("more than 2^20 points for one neighbour graph");
        }
        long signs = 0;
        for (float[] plane : planes) {
            signs = (signs << 1) | (dot(x, plane) >= 0 ? 1 : 0);
        }
        return (signs << 20) | index;
    }

    /** The first {@code length} values (all when negative), sorted, without repeats; no boxing. */
    private static long[] sortedUnique(long[] values, int length) {
        long[] a = length < 0 ? values : Arrays.copyOf(values, length);
        Arrays.parallelSort(a);
        int u = 0;
        for (int i = 0; i < a.length; i++) {
            if (i == 0 || a[i] != a[i - 1]) {
                a[u++] = a[i];
            }
        }
        return Arrays.copyOf(a, u);
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
