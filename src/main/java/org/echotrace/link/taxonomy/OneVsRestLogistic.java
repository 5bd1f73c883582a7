package org.echotrace.link.taxonomy;

import java.util.List;

/**
 * One-vs-rest L2-regularised logistic regression, one binary problem per label, all fitted at once
 * by accelerated gradient descent from zero weights (so it needs no seed and gives the same
 * weights on every run).
 *
 * <p>Design decision: with far fewer articles (hundreds) than features (thousands) the descent runs
 * in the span of the training rows: the weights are {@code w = X^T a}, and a gradient step on
 * {@code w} is exactly the step {@code a <- a - eta (r / n + lambda a)} on {@code a}, where
 * {@code r} are the weighted residuals of the scores {@code K a} and {@code K = X X^T}. A step then
 * costs n x n per label instead of n x features. Positives are up-weighted by
 * {@code (negatives / positives)^positiveWeightPower}, the weights of each label rescaled to
 * average one, because most labels have a handful of positives.
 */
public final class OneVsRestLogistic {
    private final double lambda;
    private final double positiveWeightPower;
    private final int iterations;

    public OneVsRestLogistic(double lambda, double positiveWeightPower, int iterations) {
        if (lambda <= 0 || positiveWeightPower < 0 || iterations < 1) {
            throw new IllegalArgumentException("bad logistic regression settings: lambda " + lambda
                    + ", positive weight power " + positiveWeightPower + ", iterations " + iterations);
        }
        this.lambda = lambda;
        this.positiveWeightPower = positiveWeightPower;
        this.iterations = iterations;
    }

    /** Fitted weights: {@code weights[label][feature]} and {@code bias[label]}. */
    public record Fit(float[][] weights, float[] bias) {
        public double score(int label, float[] x) {
            float[] w = weights[label];
            double s = bias[label];
            for (int i = 0; i < x.length; i++) {
                s += w[i] * x[i];
            }
            return s;
        }

        public double probability(int label, float[] x) {
            return sigmoid(score(label, x));
        }
    }

    public Fit fit(List<float[]> rows, boolean[][] targets) {
        int n = rows.size();
        int labels = targets.length == 0 ? 0 : targets[0].length;
        double[][] k = gram(rows);
        double top = largestEigenvalue(k);
        double[][] a = new double[labels][n];
        double[] b = new double[labels];
        for (int l = 0; l < labels; l++) {
            double[] c = sampleWeights(targets, l);
            double cmax = 0;
            for (double v : c) {
                cmax = Math.max(cmax, v);
            }
            // The step bound uses K + 1 1^T: the bias is a weight on a constant feature of one.
            double eta = 1.0 / (cmax * top / (4.0 * n) + lambda);
            b[l] = descend(k, targets, l, c, eta, a[l]);
        }
        int dim = rows.isEmpty() ? 0 : rows.get(0).length;
        float[][] w = new float[labels][dim];
        float[] bias = new float[labels];
        for (int l = 0; l < labels; l++) {
            for (int i = 0; i < n; i++) {
                float[] x = rows.get(i);
                float ai = (float) a[l][i];
                for (int f = 0; f < dim; f++) {
                    w[l][f] += ai * x[f];
                }
            }
            bias[l] = (float) b[l];
        }
        return new Fit(w, bias);
    }

    /** FISTA-style momentum on the span coefficients {@code a} of one label; returns its bias. */
    private double descend(double[][] k, boolean[][] y, int l, double[] c, double eta, double[] a) {
        int n = a.length;
        double[] prev = new double[n];
        double[] look = new double[n];
        double prevB = 0;
        double b = 0;
        double t = 1;
        for (int it = 0; it < iterations; it++) {
            double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            double mom = (t - 1) / tNext;
            double lookB = b + mom * (b - prevB);
            for (int i = 0; i < n; i++) {
                look[i] = a[i] + mom * (a[i] - prev[i]);
            }
            System.arraycopy(a, 0, prev, 0, n);
            prevB = b;
            double gradB = 0;
            for (int i = 0; i < n; i++) {
                double[] ki = k[i];
                double f = lookB;
                for (int j = 0; j < n; j++) {
                    f += ki[j] * look[j];
                }
                double r = c[i] * (sigmoid(f) - (y[i][l] ? 1 : 0)) / n;
                a[i] = look[i] - eta * (r + lambda * look[i]);
                gradB += r;
            }
            b = lookB - eta * gradB;
            t = tNext;
        }
        return b;
    }

    private double[] sampleWeights(boolean[][] y, int l) {
        int n = y.length;
        int pos = 0;
        for (boolean[] row : y) {
            if (row[l]) {
                pos++;
            }
        }
        double ratio = pos == 0 || pos == n ? 1 : Math.pow((double) (n - pos) / pos, positiveWeightPower);
        double norm = n / (pos * ratio + (n - pos));
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = (y[i][l] ? ratio : 1) * norm;
        }
        return c;
    }

    private static double[][] gram(List<float[]> rows) {
        int n = rows.size();
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            float[] xi = rows.get(i);
            for (int j = i; j < n; j++) {
                float[] xj = rows.get(j);
                double s = 0;
                for (int f = 0; f < xi.length; f++) {
                    s += xi[f] * xj[f];
                }
                k[i][j] = s;
                k[j][i] = s;
            }
        }
        return k;
    }

    /** Power iteration on K + 1 1^T (the bias column included), from a fixed start. */
    private static double largestEigenvalue(double[][] k) {
        int n = k.length;
        if (n == 0) {
            return 1;
        }
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1 / Math.sqrt(n));
        double value = 1;
        for (int it = 0; it < 50; it++) {
            double[] next = new double[n];
            double sum = 0;
            for (double x : v) {
                sum += x;
            }
            for (int i = 0; i < n; i++) {
                double s = sum;
                for (int j = 0; j < n; j++) {
                    s += k[i][j] * v[j];
                }
                next[i] = s;
            }
            double norm = 0;
            for (double x : next) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            value = norm;
            for (int i = 0; i < n; i++) {
                v[i] = next[i] / norm;
            }
        }
        return value * 1.01;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
