package org.echotrace.extract.entity;

/**
 * Decoding a first-order chain of BILOU labels: the best sequence under the well-formedness
 * constraints, and forward-backward posteriors of the chosen labels (the scores read as log-potentials).
 */
final class Viterbi {
    private static final double NONE = Double.NEGATIVE_INFINITY;

    private Viterbi() {
    }

    /** {@code trans[0]} holds the start scores, {@code trans[p + 1][n]} the scores of {@code n} after {@code p}. */
    static int[] best(float[][] emit, float[][] trans) {
        int n = emit.length;
        int l = Labels.COUNT;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double[][] score = new double[n][l];
        int[][] back = new int[n][l];
        for (int j = 0; j < l; j++) {
            score[0][j] = Labels.allowed(-1, j) ? emit[0][j] + trans[0][j] : NONE;
        }
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < l; j++) {
                double bestScore = NONE;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    if (score[i - 1][p] == NONE || !Labels.allowed(p, j)) {
                        continue;
                    }
                    double s = score[i - 1][p] + trans[p + 1][j];
                    if (s > bestScore) {
                        bestScore = s;
                        arg = p;
                    }
                }
                score[i][j] = bestScore == NONE ? NONE : bestScore + emit[i][j];
                back[i][j] = arg;
            }
        }
        int arg = Labels.O;
        double bestScore = NONE;
        for (int j = 0; j < l; j++) {
            if (Labels.canEnd(j) && score[n - 1][j] > bestScore) {
                bestScore = score[n - 1][j];
                arg = j;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i][arg];
        }
        return out;
    }

    /**
     * The posterior probability of each chosen label, by forward-backward over exponentiated
     * scores, each step rescaled to sum to one (no logarithms in the inner loops).
     */
    static double[] confidence(float[][] emit, float[][] trans, int[] chosen) {
        int n = emit.length;
        int l = Labels.COUNT;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        double[][] t = new double[l + 1][l];
        for (int p = -1; p < l; p++) {
            for (int j = 0; j < l; j++) {
                t[p + 1][j] = Labels.allowed(p, j) ? Math.exp(Math.min(trans[p + 1][j], 300)) : 0;
            }
        }
        double[][] e = new double[n][l];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < l; j++) {
                max = Math.max(max, emit[i][j]);
            }
            for (int j = 0; j < l; j++) {
                e[i][j] = Math.exp(emit[i][j] - max);
            }
        }
        double[][] a = new double[n][l];
        double[][] b = new double[n][l];
        for (int j = 0; j < l; j++) {
            a[0][j] = t[0][j] * e[0][j];
        }
        normalise(a[0]);
        for (int i = 1; i < n; i++) {
            for (int p = 0; p < l; p++) {
                double ap = a[i - 1][p];
                if (ap == 0) {
                    continue;
                }
                double[] row = t[p + 1];
                for (int j = 0; j < l; j++) {
                    a[i][j] += ap * row[j];
                }
            }
            for (int j = 0; j < l; j++) {
                a[i][j] *= e[i][j];
            }
            normalise(a[i]);
        }
        for (int j = 0; j < l; j++) {
            b[n - 1][j] = Labels.canEnd(j) ? 1 : 0;
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int p = 0; p < l; p++) {
                double acc = 0;
                double[] row = t[p + 1];
                for (int j = 0; j < l; j++) {
                    acc += row[j] * e[i + 1][j] * b[i + 1][j];
                }
                b[i][p] = acc;
            }
            normalise(b[i]);
        }
        for (int i = 0; i < n; i++) {
            double z = 0;
            for (int j = 0; j < l; j++) {
                z += a[i][j] * b[i][j];
            }
            out[i] = z == 0 ? 0 : a[i][chosen[i]] * b[i][chosen[i]] / z;
        }
        return out;
    }

    private static void normalise(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        if (sum > 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= sum;
            }
        }
    }
}
