package org.echotrace.cluster;

/**
 * Sums, dot products and unit lengths of double vectors: the centroids and directions the
 * narrative step's splits compute in double precision (the claim vectors themselves are floats,
 * {@link VectorNeighbours}).
 */
final class DenseVectors {
    private DenseVectors() {
    }

    /** {@code v} scaled to length 1, a copy; the zero vector stays zero. */
    static double[] unit(double[] v) {
        double n = Math.sqrt(dot(v, v));
        double[] out = v.clone();
        for (int d = 0; d < out.length && n > 0; d++) {
            out[d] /= n;
        }
        return out;
    }

    /** Adds {@code x} into {@code to}. */
    static void add(double[] to, double[] x) {
        for (int d = 0; d < x.length; d++) {
            to[d] += x[d];
        }
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int d = 0; d < x.length; d++) {
            s += x[d] * y[d];
        }
        return s;
    }
}
