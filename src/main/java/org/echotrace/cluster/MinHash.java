package org.echotrace.cluster;

/**
 * Seeded MinHash signatures over sets of 64-bit shingle hashes, and the Jaccard estimate they give.
 *
 * <p>Design decision: our own few lines rather than Lucene's MinHashFilter, because the filter is a
 * token stream (one analyzer chain per text, signatures as tokens to parse back) and we want plain
 * arrays for banding. The hash family is a 64-bit mix of the shingle hash with one seeded salt per
 * function, so signatures are the same on every run and machine.
 */
final class MinHash {
    private final long[] salts;

    MinHash(int functions, long seed) {
        salts = new long[functions];
        long s = seed;
        for (int i = 0; i < functions; i++) {
            s += 0x9E3779B97F4A7C15L;
            salts[i] = mix(s);
        }
    }

    int size() {
        return salts.length;
    }

    /** The signature of a set; an empty set gets a signature that matches nothing but itself. */
    long[] signature(long[] shingles) {
        long[] sig = new long[salts.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < salts.length; i++) {
                long h = mix(x ^ salts[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return a.length == 0 ? 0 : same / (double) a.length;
    }

    /** Exact Jaccard of two sorted, distinct arrays. */
    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - both;
        return union == 0 ? 0 : both / (double) union;
    }

    /** SplitMix64's finaliser: a fast 64-bit mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
