package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
 * <p>The same network, with one bag (the sentence's words) and two classes, stands beside the
 * {@link SentenceScorer}. Trained by {@link NetworkTraining}.
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
    /** The output layer in double precision, as the inference reads it. */
    private final double[] outWeights;
    private final double[] outBias;
    private final int hidden;
    private final int classes;

    AveragingNetwork(List<String> prefixes, FeatureIndex words, List<float[]> rows, FeatureIndex extras,
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
        this.outWeights = toDouble(out);
        this.outBias = toDouble(bias2);
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
        return logSoftmax(logits(relu(h), outWeights, outBias, classes));
    }

    /** The ids without repeats, in first-seen order (a loop: this runs for every fragment and sentence). */
    private static int[] distinct(int[] ids) {
        int[] out = new int[ids.length];
        int n = 0;
        outer:
        for (int id : ids) {
            for (int j = 0; j < n; j++) {
                if (out[j] == id) {
                    continue outer;
                }
            }
            out[n++] = id;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    private static double[] relu(double[] h) {
        for (int u = 0; u < h.length; u++) {
            h[u] = Math.max(0, h[u]);
        }
        return h;
    }

    static double[] logits(double[] a, double[] w, double[] b, int classes) {
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

    static double[] softmax(double[] z) {
        double[] l = logSoftmax(z);
        for (int k = 0; k < l.length; k++) {
            l[k] = Math.exp(l[k]);
        }
        return l;
    }

    static double[] logSoftmax(double[] z) {
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

    static float[] toFloat(double[] a) {
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
            ByteRows.write(o, r, hidden);
        }
        extras.write(o);
        Weights.write(o, extraRows);
        Weights.write(o, bias1);
        Weights.write(o, out);
        Weights.write(o, bias2);
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
            rows.add(ByteRows.read(in, words.size()));
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
