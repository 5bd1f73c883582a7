package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deep averaging network (Iyyer et al. 2015) beside the technique classifier: the mean frozen
 * MiniLM vector of each bag of words (the fragment's, its context's) through one hidden layer of
 * rectified units to the techniques' log-probabilities. The linear classifier weighs each word on its
 * own; the hidden layer weighs combinations (a noun of abuse about a person is name calling, the same
 * adjective about a policy loaded language).
 *
 * <p>Beside the two bags it may read a few binary features as inputs of their own (for the
 * classifier: how often the fragment recurs in the article, its length and share of its sentence,
 * punctuation, capitals, cue families), so the hidden layer can weigh a repeated phrase or a short
 * shouted one with what its words mean.
 *
 * <p>Like {@link WordTable}, it ships without the vectors: the first layer is linear in each bag's
 * mean vector, so it folds into one row of {@code hidden} numbers per word and bag ({@code W1 v_w}),
 * and the mean of a bag's rows is the first layer's input from that bag. Words without a vector are
 * left out of the mean, in training as at inference.
 *
 * <p>Trained by stochastic gradient with per-weight AdaGrad steps, dropout on the hidden units and a
 * light L2 penalty, in an order shuffled by the seed: same examples and seed, same network.
 */
final class AveragingNetwork {
    /** The settings of a training run. */
    record Settings(int hidden, int epochs, double rate, double l2, double dropout) {
    }

    private final List<String> prefixes;
    private final FeatureIndex words;
    /** Binary features read as they are (one input each, not averaged): the repetition counts, length, punctuation ... */
    private final FeatureIndex extras;
    /** {@code [extra * hidden + unit]}: each extra feature's column of the first layer. */
    private final float[] extraRows;
    /** Per bag, {@code [word * hidden + unit]}: the word's vector through the bag's part of the first layer. */
    private final List<float[]> rows;
    private final float[] bias1;
    /** {@code [class * hidden + unit]}. */
    private final float[] out;
    private final float[] bias2;
    private final int hidden;
    private final int classes;

    private AveragingNetwork(List<String> prefixes, FeatureIndex words, List<float[]> rows, FeatureIndex extras,
                             float[] extraRows, float[] bias1, float[] out, float[] bias2) {
        this.prefixes = List.copyOf(prefixes);
        this.words = words;
        this.extras = extras;
        this.extraRows = extraRows;
        this.rows = List.copyOf(rows);
        this.bias1 = bias1;
        this.out = out;
        this.bias2 = bias2;
        this.hidden = bias1.length;
        this.classes = bias2.length;
        for (float[] r : rows) {
            if (r.length != words.size() * hidden) {
                throw new IllegalArgumentException("network rows do not match its " + words.size() + " words");
            }
        }
        if (extraRows.length != extras.size() * hidden) {
            throw new IllegalArgumentException("network extra rows do not match its " + extras.size() + " extra features");
        }
        if (out.length != classes * hidden) {
            throw new IllegalArgumentException("network output weights do not match its " + hidden + " hidden units");
        }
    }

    /** The log-probabilities of the classes for a feature set (bags read by their prefixes). */
    double[] logProbabilities(String[] features) {
        double[] h = new double[hidden];
        for (int u = 0; u < hidden; u++) {
            h[u] = bias1[u];
        }
        for (int b = 0; b < prefixes.size(); b++) {
            int[] ids = words.ids(WordTable.bag(features, prefixes.get(b)));
            float[] r = rows.get(b);
            for (int id : ids) {
                for (int u = 0; u < hidden; u++) {
                    h[u] += r[id * hidden + u] / (double) ids.length;
                }
            }
        }
        for (int id : distinct(extras.ids(features))) {
            for (int u = 0; u < hidden; u++) {
                h[u] += extraRows[id * hidden + u];
            }
        }
        return logSoftmax(logits(relu(h), out, bias2, classes));
    }

    private static int[] distinct(int[] ids) {
        return java.util.Arrays.stream(ids).distinct().toArray();
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
                                  List<String> prefixes, List<String> extraPrefixes, Settings s, long seed) {
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
        return new AveragingNetwork(prefixes, index, rows, extras, extraRows, toFloat(b1), toFloat(w2), toFloat(b2));
    }

    /** The passes of stochastic gradient over the examples' mean vectors. */
    private record Gradient(double[] w1, double[] b1, double[] w2, double[] b2, int in, int h, int classes, Settings s) {
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
                    double[] p = softmax(logits(a, w2, b2, classes));
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

    private static double[] relu(double[] h) {
        for (int u = 0; u < h.length; u++) {
            h[u] = Math.max(0, h[u]);
        }
        return h;
    }

    private static double[] logits(double[] a, double[] w, double[] b, int classes) {
        int h = a.length;
        double[] z = new double[classes];
        for (int k = 0; k < classes; k++) {
            double sum = b[k];
            for (int u = 0; u < h; u++) {
                sum += w[k * h + u] * a[u];
            }
            z[k] = sum;
        }
        return z;
    }

    private static double[] logits(double[] a, float[] w, float[] b, int classes) {
        int h = a.length;
        double[] z = new double[classes];
        for (int k = 0; k < classes; k++) {
            double sum = b[k];
            for (int u = 0; u < h; u++) {
                sum += w[k * h + u] * a[u];
            }
            z[k] = sum;
        }
        return z;
    }

    private static double[] softmax(double[] z) {
        double[] l = logSoftmax(z);
        for (int k = 0; k < l.length; k++) {
            l[k] = Math.exp(l[k]);
        }
        return l;
    }

    private static double[] logSoftmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        double log = max + Math.log(sum);
        double[] out = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            out[k] = z[k] - log;
        }
        return out;
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }

    int hidden() {
        return hidden;
    }

    int size() {
        return words.size();
    }

    void write(DataOutputStream o) throws IOException {
        o.writeInt(prefixes.size());
        for (String p : prefixes) {
            o.writeUTF(p);
        }
        words.write(o);
        for (float[] r : rows) {
            writeBytes(o, r, hidden);
        }
        extras.write(o);
        Weights.write(o, extraRows);
        Weights.write(o, bias1);
        Weights.write(o, out);
        Weights.write(o, bias2);
    }

    /**
     * Word rows as one byte per number and a half-precision scale per row (the row's largest magnitude
     * over 127): a quarter of the floats' size. Design decision: a bag's input is the mean of many
     * rows, so a rounding error of half a step per number averages away; the shipped model stays a
     * few megabytes.
     */
    private static void writeBytes(DataOutputStream o, float[] rows, int width) throws IOException {
        int n = rows.length / width;
        o.writeInt(n);
        o.writeInt(width);
        byte[] q = new byte[width];
        for (int r = 0; r < n; r++) {
            float max = 0;
            for (int u = 0; u < width; u++) {
                max = Math.max(max, Math.abs(rows[r * width + u]));
            }
            short half = Float.floatToFloat16(max / 127f);
            float scale = Float.float16ToFloat(half);
            for (int u = 0; u < width; u++) {
                q[u] = (byte) (scale == 0 ? 0 : Math.max(-127, Math.min(127, Math.round(rows[r * width + u] / scale))));
            }
            o.writeShort(half);
            o.write(q);
        }
    }

    private static float[] readBytes(DataInputStream in, int words) throws IOException {
        int n = in.readInt();
        int width = in.readInt();
        if (n != words || width < 1 || width > 4096) {
            throw new IOException("bad network rows: " + n + " of " + width + " for " + words + " words");
        }
        float[] rows = new float[n * width];
        byte[] q = new byte[width];
        for (int r = 0; r < n; r++) {
            float scale = Float.float16ToFloat(in.readShort());
            in.readFully(q);
            for (int u = 0; u < width; u++) {
                rows[r * width + u] = q[u] * scale;
            }
        }
        return rows;
    }

    static AveragingNetwork read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 1 || n > 8) {
            throw new IOException("bad count of network bags: " + n);
        }
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            prefixes.add(in.readUTF());
        }
        FeatureIndex words = FeatureIndex.read(in);
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(readBytes(in, words.size()));
        }
        FeatureIndex extras = FeatureIndex.read(in);
        float[] extraRows = Weights.read(in);
        float[] b1 = Weights.read(in);
        float[] w2 = Weights.read(in);
        float[] b2 = Weights.read(in);
        try {
            return new AveragingNetwork(prefixes, words, rows, extras, extraRows, b1, w2, b2);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
