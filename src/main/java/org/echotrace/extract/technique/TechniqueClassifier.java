package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.echotrace.model.Technique;

/**
 * Names the technique of a fragment: multinomial logistic regression over the fragment's binary
 * features, trained by stochastic gradient with per-weight AdaGrad steps and an L2 penalty.
 *
 * <p>Design decision: logistic regression rather than a perceptron because its probabilities are the
 * score a {@code TechniqueSpan} carries and an analyst may threshold on.
 */
final class TechniqueClassifier {
    static final int K = Technique.values().length;

    private final FeatureIndex index;
    /** {@code [feature * K + class]}; the always-on feature "b" is the bias. */
    private final float[] weights;

    TechniqueClassifier(FeatureIndex index, float[] weights) {
        this.index = index;
        this.weights = weights;
    }

    double[] probabilities(String[] features) {
        return softmax(index.ids(features), weights);
    }

    private static double[] softmax(int[] x, float[] w) {
        double[] z = new double[K];
        for (int f : x) {
            int base = f * K;
            for (int k = 0; k < K; k++) {
                z[k] += w[base + k];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < K; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < K; k++) {
            z[k] /= sum;
        }
        return z;
    }

    static TechniqueClassifier train(List<String[]> examples, List<Technique> labels, int epochs, double l2,
                                     int minCount, long seed) {
        FeatureIndex index = FeatureIndex.build(examples, minCount);
        int[][] x = new int[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = index.ids(examples.get(i));
        }
        float[] w = new float[index.size() * K];
        double[] g2 = new double[w.length];
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double rate = 0.2;
        for (int epoch = 0; epoch < epochs; epoch++) {
            SpanTagger.shuffle(order, random);
            for (int i : order) {
                double[] p = softmax(x[i], w);
                int y = labels.get(i).ordinal();
                for (int f : x[i]) {
                    int base = f * K;
                    for (int k = 0; k < K; k++) {
                        double g = p[k] - (k == y ? 1 : 0) + l2 * w[base + k];
                        g2[base + k] += g * g;
                        w[base + k] -= (float) (rate * g / Math.sqrt(g2[base + k] + 1e-8));
                    }
                }
            }
        }
        return new TechniqueClassifier(index, w);
    }

    void write(DataOutputStream out) throws IOException {
        index.write(out);
        Weights.write(out, weights);
    }

    static TechniqueClassifier read(DataInputStream in) throws IOException {
        FeatureIndex index = FeatureIndex.read(in);
        float[] w = Weights.read(in);
        if (w.length != index.size() * K) {
            throw new IOException("classifier weights do not match its " + index.size() + " features");
        }
        return new TechniqueClassifier(index, w);
    }
}
