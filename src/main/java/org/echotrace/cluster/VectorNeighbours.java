package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * An approximate k-nearest-neighbour graph of unit vectors by cosine: seeded random-hyperplane
 * hashing (SimHash), several tables, and inside each bucket a sorted window rather than all pairs.
 *
 * <p>Design decision: our own LSH rather than Lucene's HNSW. HNSW graphs depend on insertion order
 * and on merge threads, and a narrative id must not change because a file was read first; a
 * seeded hash is the same on every run. Buckets of one dense topic can hold thousands of points,
 * so inside a bucket the points are sorted by one more random projection and each is compared
 * with its {@code window} successors only: work is {@code n * tables * window} similarities plus
 * one sort per table, O(n log n), whatever the data. Below {@link #EXACT_BELOW} points every pair
 * is compared, which is then cheaper and exact.
 */
final class VectorNeighbours {
    static final int EXACT_BELOW = 1500;
    private static final int TABLES = 10;
    private static final int WINDOW = 8;

    /** An undirected edge, {@code a < b}. */
    record Edge(int a, int b, double similarity) {
    }

    private VectorNeighbours() {
    }

    /** Each point's best {@code k} neighbours with similarity at least {@code min}, as a deduplicated edge list sorted by (a, b). */
    static List<Edge> graph(float[][] v, int k, double min, long seed) {
        int n = v.length;
        long[] pairs = n < EXACT_BELOW ? allPairs(n) : candidatePairs(v, seed);
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
        long[] kept = best.stream().flatMap(q -> q.stream()).mapToLong(e -> e[1]).distinct().sorted().toArray();
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
        int bits = Math.max(1, Math.min(20, 31 - Integer.numberOfLeadingZeros(n / 64)));
        Random random = new Random(seed);
        long[] out = new long[n * TABLES * WINDOW];
        int c = 0;
        for (int t = 0; t < TABLES; t++) {
            float[][] planes = new float[bits + 1][dim];
            for (float[] plane : planes) {
                for (int d = 0; d < dim; d++) {
                    plane[d] = (float) random.nextGaussian();
                }
            }
            long[] order = new long[n];
            IntStream.range(0, n).parallel().forEach(i -> order[i] = sortKey(v[i], planes, bits, i));
            Arrays.sort(order);
            for (int x = 0; x < n; x++) {
                long bucket = order[x] >>> 52;
                for (int y = x + 1; y < Math.min(n, x + 1 + WINDOW) && order[y] >>> 52 == bucket; y++) {
                    int i = (int) (order[x] & 0xFFFFF);
                    int j = (int) (order[y] & 0xFFFFF);
                    out[c++] = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
                }
            }
        }
        return Arrays.stream(out, 0, c).distinct().sorted().toArray();
    }

    /**
     * One long that sorts by bucket (12 high bits: the hyperplane signs, folded when there are more),
     * then by the extra projection (32 bits), then by index (20 bits, so up to about a million points).
     */
    private static long sortKey(float[] x, float[][] planes, int bits, int index) {
        if (index >= 1 << 20) {
            throw new IllegalArgumentException("more than 2^20 points for one neighbour graph");
        }
        long signs = 0;
        for (int b = 0; b < bits; b++) {
            signs = (signs << 1) | (dot(x, planes[b]) >= 0 ? 1 : 0);
        }
        long bucket = (signs ^ (signs >>> 12)) & 0xFFF;
        double proj = dot(x, planes[bits]);
        long rank = (long) ((Math.tanh(proj) + 1) / 2 * 0xFFFFFFFFL) & 0xFFFFFFFFL;
        return (bucket << 52) | (rank << 20) | index;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
