package org.echotrace.extract.technique;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains an {@link AveragingNetwork}: stochastic gradient with per-weight AdaGrad steps, dropout on
 * the hidden units and a light L2 penalty, in an order shuffled by the seed (same examples and seed,
 * same network), then the first layer folded into each word's rows.
 */
final class NetworkTraining {
    private NetworkTraining() {
    }

    /** The features of a set that start with one of {@code extraPrefixes}. */
    private static String[] extrasOf(String[] features, List<String> extraPrefixes) {
        return java.util.Arrays.stream(features).filter(f -> extraPrefixes.stream().anyMatch(f::startsWith)).toArray(String[]::new);
    }

    /**
     * Trains on feature sets and their class numbers; {@code vectors} give each bag (by prefix) its
     * mean word vector. The words the network keeps are those of {@code vectors}. Features starting
     * with one of {@code extraPrefixes} and seen at least twice are inputs of their own (1 when present).
     */
    static AveragingNetwork train(List<String[]> examples, int[] labels, int classes, Map<String, float[]> vectors,
                                  List<String> prefixes, List<String> extraPrefixes, AveragingNetwork.Settings s, long seed) {
        int dims = vectors.values().stream().findFirst().map(v -> v.length).orElse(0);
        int bags = dims * prefixes.size();
        FeatureIndex extras = FeatureIndex.build(examples.stream().map(e -> extrasOf(e, extraPrefixes)).toList(), 2);
        int in = bags + extras.size();
        float[][] x = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new float[in];
            for (int id : extras.ids(examples.get(i))) {
                x[i][bags + id] = 1;
            }
            for (int b = 0; b < prefixes.size(); b++) {
                int n = 0;
                for (String w : WordTable.bag(examples.get(i), prefixes.get(b))) {
                    float[] v = vectors.get(w);
                    if (v != null) {
                        n++;
                        for (int d = 0; d < dims; d++) {
                            x[i][b * dims + d] += v[d];
                        }
                    }
                }
                for (int d = 0; n > 0 && d < dims; d++) {
                    x[i][b * dims + d] /= n;
                }
            }
        }
        int h = s.hidden();
        Random random = new Random(seed);
        double[] w1 = new double[h * in];
        double[] b1 = new double[h];
        double[] w2 = new double[classes * h];
        double[] b2 = new double[classes];
        double s1 = Math.sqrt(2.0 / Math.max(1, in));
        double s2 = Math.sqrt(1.0 / h);
        for (int i = 0; i < w1.length; i++) {
            w1[i] = random.nextGaussian() * s1;
        }
        for (int i = 0; i < w2.length; i++) {
            w2[i] = random.nextGaussian() * s2;
        }
        new Gradient(w1, b1, w2, b2, in, h, classes, s).run(x, labels, random);
        // Fold the first layer into each word's rows, one table per bag.
        List<String[]> one = new ArrayList<>();
        one.add(vectors.keySet().toArray(String[]::new));
        FeatureIndex index = FeatureIndex.build(one, 1);
        List<float[]> rows = new ArrayList<>();
        for (int b = 0; b < prefixes.size(); b++) {
            float[] r = new float[index.size() * h];
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                int id = index.ids(new String[] {e.getKey()})[0];
                float[] v = e.getValue();
                for (int u = 0; u < h; u++) {
                    double sum = 0;
                    int o = u * in + b * dims;
                    for (int d = 0; d < dims; d++) {
                        sum += w1[o + d] * v[d];
                    }
                    r[id * h + u] = (float) sum;
                }
            }
            rows.add(r);
        }
        float[] extraRows = new float[extras.size() * h];
        for (int id = 0; id < extras.size(); id++) {
            for (int u = 0; u < h; u++) {
                extraRows[id * h + u] = (float) w1[u * in + bags + id];
            }
        }
        return new AveragingNetwork(prefixes, index, rows, extras, extraRows, AveragingNetwork.toFloat(b1),
                AveragingNetwork.toFloat(w2), AveragingNetwork.toFloat(b2));
    }

    /** The passes of stochastic gradient over the examples' mean vectors. */
    private record Gradient(double[] w1, double[] b1, double[] w2, double[] b2, int in, int h, int classes, AveragingNetwork.Settings s) {
        void run(float[][] x, int[] labels, Random random) {
            double[] g1 = new double[w1.length];
            double[] gb1 = new double[h];
            double[] g2 = new double[w2.length];
            double[] gb2 = new double[classes];
            int[] order = new int[x.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            double keep = 1 - s.dropout();
            for (int epoch = 0; epoch < s.epochs(); epoch++) {
                SpanTagger.shuffle(order, random);
                for (int i : order) {
                    double[] a = new double[h];
                    for (int u = 0; u < h; u++) {
                        double z = b1[u];
                        int o = u * in;
                        for (int d = 0; d < in; d++) {
                            z += w1[o + d] * x[i][d];
                        }
                        a[u] = z > 0 && random.nextDouble() < keep ? z / keep : 0;
                    }
                    double[] p = AveragingNetwork.softmax(AveragingNetwork.logits(a, w2, b2, classes));
                    p[labels[i]] -= 1;
                    double[] da = new double[h];
                    for (int k = 0; k < classes; k++) {
                        for (int u = 0; u < h; u++) {
                            int at = k * h + u;
                            da[u] += w2[at] * p[k];
                            w2[at] -= step(g2, at, p[k] * a[u] + s.l2() * w2[at]);
                        }
                        b2[k] -= step(gb2, k, p[k]);
                    }
                    for (int u = 0; u < h; u++) {
                        if (a[u] == 0) {
                            continue;
                        }
                        double du = da[u] / keep;
                        int o = u * in;
                        for (int d = 0; d < in; d++) {
                            w1[o + d] -= step(g1, o + d, du * x[i][d] + s.l2() * w1[o + d]);
                        }
                        b1[u] -= step(gb1, u, du);
                    }
                }
            }
        }

        private double step(double[] sums, int at, double g) {
            sums[at] += g * g;
            return s.rate() * g / (Math.sqrt(sums[at]) + 1e-8);
        }
    }
}
