package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Finds propaganda fragments in a sentence: each token is tagged outside, beginning or inside a
 * fragment by a first-order linear-chain model (Viterbi decoding) trained as an averaged structured
 * perceptron (Collins 2002). A fragment never starts with an inside tag.
 *
 * <p>Design decision: a perceptron rather than a CRF: same decoder and features, no gradient of the
 * partition function, and a few epochs over the corpus take seconds on two cores. {@code outsideBias}
 * is added to every outside score at decoding: it trades precision for recall and is chosen on
 * cross-validation of the training split.
 */
final class SpanTagger {
    static final int O = 0;
    static final int B = 1;
    static final int I = 2;
    private static final int TAGS = 3;
    private static final int START = TAGS;
    private static final double NEG = -1e30;

    private final FeatureIndex index;
    private final float[] weights;
    /** {@code [from * TAGS + to]}, {@code from == START} for the first token. */
    private final float[] transitions;
    private final float outsideBias;

    SpanTagger(FeatureIndex index, float[] weights, float[] transitions, float outsideBias) {
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
        this.outsideBias = outsideBias;
    }

    SpanTagger withOutsideBias(float bias) {
        return new SpanTagger(index, weights, transitions, bias);
    }

    float outsideBias() {
        return outsideBias;
    }

    int[] tag(String[][] tokens) {
        return tag(tokens, 0f);
    }

    /** Tags with {@code extraBias} added to this tagger's outside bias (a sentence-specific shift). */
    int[] tag(String[][] tokens, float extraBias) {
        return decode(emissions(tokens), outsideBias + extraBias);
    }

    /**
     * Per token, the emission score of each tag before any bias: computed once per sentence and
     * read three times, by the stack (its margins and its coverage decoding) and by the extractor's
     * decoding.
     */
    double[][] emissions(String[][] tokens) {
        double[][] out = new double[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = emission(index.ids(tokens[i]), weights);
        }
        return out;
    }

    /** The best tags for these emissions with {@code bias} as the whole outside bias. */
    int[] decode(double[][] emissions, float bias) {
        return decode(emissions, transitions, bias);
    }

    /** {@link #margins(double[][])} of a sentence's tokens. */
    double[] margins(String[][] tokens) {
        return margins(emissions(tokens));
    }

    /**
     * Per token, how much more the tagger's emission scores a fragment tag (the better of B and I)
     * than outside, before any bias: the tagger's own evidence, read by {@link SentenceStack}.
     */
    static double[] margins(double[][] emissions) {
        double[] out = new double[emissions.length];
        for (int i = 0; i < emissions.length; i++) {
            out[i] = Math.max(emissions[i][B], emissions[i][I]) - emissions[i][O];
        }
        return out;
    }

    private static double[] emission(int[] ids, float[] w) {
        double[] emit = new double[TAGS];
        for (int f : ids) {
            int base = f * TAGS;
            for (int t = 0; t < TAGS; t++) {
                emit[t] += w[base + t];
            }
        }
        return emit;
    }

    static int[] viterbi(int[][] ids, float[] w, float[] trans, float outsideBias) {
        double[][] emissions = new double[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            emissions[i] = emission(ids[i], w);
        }
        return decode(emissions, trans, outsideBias);
    }

    private static int[] decode(double[][] emissions, float[] trans, float outsideBias) {
        int n = emissions.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double[][] score = new double[n][TAGS];
        int[][] back = new int[n][TAGS];
        for (int i = 0; i < n; i++) {
            double[] emit = emissions[i].clone();
            emit[O] += outsideBias;
            for (int t = 0; t < TAGS; t++) {
                if (i == 0) {
                    score[0][t] = t == I ? NEG : emit[t] + trans[START * TAGS + t];
                    continue;
                }
                double best = NEG;
                int arg = O;
                for (int p = 0; p < TAGS; p++) {
                    if (t == I && p == O) {
                        continue;
                    }
                    double s = score[i - 1][p] + trans[p * TAGS + t];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i][t] = best + emit[t];
                back[i][t] = arg;
            }
        }
        int best = O;
        for (int t = 1; t < TAGS; t++) {
            if (score[n - 1][t] > score[n - 1][best]) {
                best = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i][best];
        }
        return out;
    }

    /** Token ranges {@code [from, to)} of the fragments in a tag sequence. */
    static List<int[]> fragments(int[] tags) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tags.length; i++) {
            int t = i < tags.length ? tags[i] : O;
            if (start >= 0 && t != I) {
                out.add(new int[] {start, i});
                start = -1;
            }
            if (t == B) {
                start = i;
            }
        }
        return out;
    }

    /**
     * Trains on sentences given as token feature ids (of {@code index}) with their gold tags, visiting
     * them in an order shuffled by {@code seed} each epoch.
     */
    static SpanTagger train(FeatureIndex index, int[][][] data, List<int[]> gold, int epochs, long seed) {
        int nw = index.size() * TAGS;
        int nt = (TAGS + 1) * TAGS;
        float[] w = new float[nw];
        double[] wSum = new double[nw];
        float[] t = new float[nt];
        double[] tSum = new double[nt];
        int[] order = new int[data.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double c = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int s : order) {
                int[][] x = data[s];
                int[] y = gold.get(s);
                int[] p = viterbi(x, w, t, 0f);
                for (int i = 0; i < x.length; i++) {
                    int prevY = i == 0 ? START : y[i - 1];
                    int prevP = i == 0 ? START : p[i - 1];
                    if (y[i] != p[i]) {
                        for (int f : x[i]) {
                            update(w, wSum, f * TAGS + y[i], 1, c);
                            update(w, wSum, f * TAGS + p[i], -1, c);
                        }
                    }
                    if (y[i] != p[i] || prevY != prevP) {
                        update(t, tSum, prevY * TAGS + y[i], 1, c);
                        update(t, tSum, prevP * TAGS + p[i], -1, c);
                    }
                }
                c++;
            }
        }
        return new SpanTagger(index, averaged(w, wSum, c), averaged(t, tSum, c), 0f).pruned();
    }

    private static void update(float[] w, double[] sum, int at, float delta, double c) {
        w[at] += delta;
        sum[at] += c * delta;
    }

    /** Averaging without summing every step: the average is {@code w - sum / c}. */
    private static float[] averaged(float[] w, double[] sum, double c) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) (w[i] - sum[i] / c);
        }
        return out;
    }

    /**
     * One tagger whose weights are the mean of several taggers' (a feature a tagger lacks weighs zero
     * there): decoding it scores the mean of their emissions, one model's cost. The outside bias is the first's.
     */
    static SpanTagger average(List<SpanTagger> taggers) {
        FeatureIndex union = FeatureIndex.union(taggers.stream().map(t -> t.index).toList());
        float[] w = new float[union.size() * TAGS];
        float[] tr = new float[(TAGS + 1) * TAGS];
        for (SpanTagger t : taggers) {
            for (int f = 0; f < t.index.size(); f++) {
                int to = union.id(t.index.name(f));
                for (int k = 0; k < TAGS; k++) {
                    w[to * TAGS + k] += t.weights[f * TAGS + k] / taggers.size();
                }
            }
            for (int k = 0; k < tr.length; k++) {
                tr[k] += t.transitions[k] / taggers.size();
            }
        }
        return new SpanTagger(union, w, tr, taggers.get(0).outsideBias);
    }

    /** The same tagger without the features whose weights are all zero. */
    private SpanTagger pruned() {
        boolean[] keep = new boolean[index.size()];
        int kept = 0;
        for (int f = 0; f < keep.length; f++) {
            for (int tg = 0; tg < TAGS; tg++) {
                keep[f] |= Math.abs(weights[f * TAGS + tg]) > 1e-4f;
            }
            kept += keep[f] ? 1 : 0;
        }
        int[] map = new int[keep.length];
        FeatureIndex smaller = index.keep(keep, map);
        float[] w = new float[kept * TAGS];
        for (int f = 0; f < keep.length; f++) {
            if (map[f] >= 0) {
                System.arraycopy(weights, f * TAGS, w, map[f] * TAGS, TAGS);
            }
        }
        return new SpanTagger(smaller, w, transitions, outsideBias);
    }

    static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    void write(DataOutputStream out) throws IOException {
        index.write(out);
        Weights.write(out, weights);
        Weights.write(out, transitions);
        out.writeFloat(outsideBias);
    }

    static SpanTagger read(DataInputStream in) throws IOException {
        FeatureIndex index = FeatureIndex.read(in);
        float[] w = Weights.read(in);
        float[] t = Weights.read(in);
        if (w.length != index.size() * TAGS || t.length != (TAGS + 1) * TAGS) {
            throw new IOException("span tagger weights do not match its " + index.size() + " features");
        }
        return new SpanTagger(index, w, t, in.readFloat());
    }
}
