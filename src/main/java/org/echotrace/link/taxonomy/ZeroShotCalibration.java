package org.echotrace.link.taxonomy;

import java.util.List;

/**
 * Maps an entry's description similarity (best sentence cosine, mean of the best three) to a
 * probability, {@code sigmoid(a * max + b * top3 + c)}, fitted on the trained entries' labelled
 * articles pooled together, so that an entry an analyst adds without examples is thresholded on the
 * same scale as the trained ones.
 */
public record ZeroShotCalibration(double a, double b, double c) {
    /** Newton's method on the pooled (article, entry) pairs; {@code sims[i]} from {@link DescriptionSimilarity}. */
    static ZeroShotCalibration fit(List<double[]> sims, boolean[][] targets) {
        double[] w = new double[3];
        for (int it = 0; it < 25; it++) {
            double[] g = new double[3];
            double[][] h = new double[3][3];
            for (int i = 0; i < sims.size(); i++) {
                double[] s = sims.get(i);
                for (int l = 0; l < targets[i].length; l++) {
                    double[] x = {s[2 * l], s[2 * l + 1], 1};
                    double p = OneVsRestLogistic.sigmoid(w[0] * x[0] + w[1] * x[1] + w[2]);
                    double r = p - (targets[i][l] ? 1 : 0);
                    for (int u = 0; u < 3; u++) {
                        g[u] += r * x[u];
                        for (int v = 0; v < 3; v++) {
                            h[u][v] += p * (1 - p) * x[u] * x[v];
                        }
                    }
                }
            }
            for (int u = 0; u < 3; u++) {
                g[u] += 1e-3 * w[u];
                h[u][u] += 1e-3;
            }
            double[] step = solve(h, g);
            for (int u = 0; u < 3; u++) {
                w[u] -= step[u];
            }
        }
        return new ZeroShotCalibration(w[0], w[1], w[2]);
    }

    public double probability(double max, double top3) {
        return OneVsRestLogistic.sigmoid(a * max + b * top3 + c);
    }

    /** Gaussian elimination with partial pivoting on a small system. */
    private static double[] solve(double[][] m, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n] = rhs[i];
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[piv];
            a[piv] = tmp;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[r][k] -= f * a[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = a[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= a[i][k] * x[k];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }
}
