package org.echotrace.extract.claim;

/**
 * A multiclass perceptron over sparse binary features, and optionally a dense real-valued vector
 * beside them (a word's frozen embedding), averaged with the lazy trick (each weight keeps the sum
 * of its updates scaled by when they happened, so averaging is one pass at the end).
 *
 * <p>Design decision: our own small class rather than the entity tagger's, which is tied to its
 * Viterbi labels and package-private; the attribution decisions are greedy and per token or per
 * cue, so a plain multiclass learner is all they need.
 */
final class AveragedPerceptron {
    private final int labels;
    private final float[] w;
    private final double[] u;
    private final float[] d;
    private final double[] du;
    private long step = 1;

    AveragedPerceptron(int features, int labels) {
        this(features, labels, 0);
    }

    /** With {@code dims} dense inputs beside the sparse features ({@code [dim * labels + label]} weights). */
    AveragedPerceptron(int features, int labels, int dims) {
        this.labels = labels;
        this.w = new float[features * labels];
        this.u = new double[features * labels];
        this.d = new float[dims * labels];
        this.du = new double[dims * labels];
    }

    /** The best label for the features; ties go to the lowest label. */
    int predict(int[] feats) {
        return best(w, labels, feats);
    }

    /**
     * One training example: predicts, and updates towards {@code gold} when another label scores
     * as high or higher (a tie counts as a mistake: a label right only by the tie rule has learnt
     * nothing, and its average may fall either way); returns the guess.
     */
    int learn(int[] feats, int gold) {
        return learn(feats, (float[][]) null, gold);
    }

    /**
     * As {@link #learn(int[], int)}, with dense inputs beside the features: {@code x[slot]} (null:
     * none) fills dense inputs {@code [slot * dim, (slot + 1) * dim)}.
     */
    int learn(int[] feats, float[][] x, int gold) {
        double[] s = scores(w, labels, feats);
        if (x != null) {
            for (int slot = 0; slot < x.length; slot++) {
                float[] v = x[slot];
                if (v != null) {
                    int base = slot * v.length;
                    for (int k = 0; k < v.length; k++) {
                        for (int j = 0; j < labels; j++) {
                            s[j] += v[k] * d[(base + k) * labels + j];
                        }
                    }
                }
            }
        }
        int rival = gold == 0 ? 1 : 0;
        for (int j = 0; j < labels; j++) {
            if (j != gold && s[j] > s[rival]) {
                rival = j;
            }
        }
        if (s[rival] >= s[gold]) {
            for (int f : feats) {
                if (f >= 0) {
                    add(f * labels + gold, 1);
                    add(f * labels + rival, -1);
                }
            }
            if (x != null) {
                for (int slot = 0; slot < x.length; slot++) {
                    float[] v = x[slot];
                    if (v != null) {
                        int base = slot * v.length;
                        for (int k = 0; k < v.length; k++) {
                            int at = (base + k) * labels;
                            d[at + gold] += v[k];
                            du[at + gold] += (double) v[k] * step;
                            d[at + rival] -= v[k];
                            du[at + rival] -= (double) v[k] * step;
                        }
                    }
                }
            }
        }
        step++;
        return s[rival] >= s[gold] && rival < gold || s[rival] > s[gold] ? rival : gold;
    }

    private void add(int at, int delta) {
        w[at] += delta;
        u[at] += (double) delta * step;
    }

    /** The averaged weights, {@code [feature * labels + label]}. */
    float[] averaged() {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) (w[i] - u[i] / step);
        }
        return out;
    }

    /** The averaged dense weights, {@code [dim * labels + label]}. */
    float[] averagedDense() {
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) (d[i] - du[i] / step);
        }
        return out;
    }

    static int best(float[] weights, int labels, int[] feats) {
        return best(weights, labels, feats, feats.length);
    }

    /** The best label for the first {@code n} features, scored without allocating. */
    static int best(float[] weights, int labels, int[] feats, int n) {
        return best(weights, labels, feats, n, null, 0);
    }

    /** As {@link #best(float[], int, int[], int)}, each label's score raised by {@code extra[at + label]} when {@code extra} is given. */
    static int best(float[] weights, int labels, int[] feats, int n, float[] extra, int at) {
        int best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < labels; j++) {
            double s = extra == null ? 0 : extra[at + j];
            for (int k = 0; k < n; k++) {
                if (feats[k] >= 0) {
                    s += weights[feats[k] * labels + j];
                }
            }
            if (s > top) {
                top = s;
                best = j;
            }
        }
        return best;
    }

    static double[] scores(float[] weights, int labels, int[] feats) {
        double[] s = new double[labels];
        for (int f : feats) {
            if (f >= 0) {
                int base = f * labels;
                for (int j = 0; j < labels; j++) {
                    s[j] += weights[base + j];
                }
            }
        }
        return s;
    }
}
