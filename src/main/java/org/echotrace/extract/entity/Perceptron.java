package org.echotrace.extract.entity;

/**
 * The weights of the structured perceptron during training, with the lazy averaging trick
 * (Daume's): alongside each weight a sum of updates scaled by the time they happened, so the
 * average over all steps is one subtraction at the end instead of a sum every step.
 */
final class Perceptron {
    record Averaged(float[] weights, float[][] transitions) {
    }

    private final float[] w;
    private final double[] u;
    private final float[][] t;
    private final double[][] tu;
    private long step = 1;

    Perceptron(int features) {
        this.w = new float[features * Labels.COUNT];
        this.u = new double[features * Labels.COUNT];
        this.t = new float[Labels.COUNT + 1][Labels.COUNT];
        this.tu = new double[Labels.COUNT + 1][Labels.COUNT];
    }

    /** Decodes the sentence, updates towards the gold labels where it erred; returns the tokens it got wrong. */
    int learn(int[][] feats, int[] gold) {
        int n = gold.length;
        int l = Labels.COUNT;
        float[][] emit = new float[n][l];
        for (int i = 0; i < n; i++) {
            for (int f : feats[i]) {
                int base = f * l;
                for (int j = 0; j < l; j++) {
                    emit[i][j] += w[base + j];
                }
            }
        }
        int[] guess = Viterbi.best(emit, t);
        int wrong = 0;
        for (int i = 0; i < n; i++) {
            int prevG = i == 0 ? 0 : gold[i - 1] + 1;
            int prevP = i == 0 ? 0 : guess[i - 1] + 1;
            if (gold[i] != guess[i]) {
                wrong++;
                for (int f : feats[i]) {
                    add(f * l + gold[i], 1);
                    add(f * l + guess[i], -1);
                }
            }
            if (gold[i] != guess[i] || prevG != prevP) {
                t[prevG][gold[i]] += 1;
                tu[prevG][gold[i]] += step;
                t[prevP][guess[i]] -= 1;
                tu[prevP][guess[i]] -= step;
            }
        }
        step++;
        return wrong;
    }

    private void add(int at, int delta) {
        w[at] += delta;
        u[at] += (double) delta * step;
    }

    Averaged averaged() {
        float[] aw = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            aw[i] = (float) (w[i] - u[i] / step);
        }
        float[][] at = new float[t.length][Labels.COUNT];
        for (int p = 0; p < t.length; p++) {
            for (int j = 0; j < Labels.COUNT; j++) {
                at[p][j] = (float) (t[p][j] - tu[p][j] / step);
            }
        }
        return new Averaged(aw, at);
    }
}
