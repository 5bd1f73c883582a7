package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.model.Technique;

/**
 * Names the technique of a fragment: multinomial logistic regression over the fragment's binary
 * features and the mean frozen MiniLM vector of its words (shipped folded into a {@link WordTable}),
 * trained by stochastic gradient with per-weight AdaGrad steps and an L2 penalty, several runs in
 * differently shuffled orders averaged into one set of weights.
 *
 * <p>Design decision: logistic regression rather than a perceptron because its probabilities are the
 * score a {@code TechniqueSpan} carries and an analyst may threshold on.
 */
final class TechniqueClassifier {
    static final int K = Technique.values().length;

    private final FeatureIndex index;
    /** {@code [feature * K + class]}; the always-on feature "b" is the bias. */
    private final float[] weights;
    private final WordTable words;

    TechniqueClassifier(FeatureIndex index, float[] weights, WordTable words) {
        this.index = index;
        this.weights = weights;
        this.words = words;
    }

    double[] probabilities(String[] features) {
        double[] z = linear(index.ids(features), weights);
        words.addMean(z, features);
        return softmax(z);
    }

    private static double[] linear(int[] x, float[] w) {
        double[] z = new double[K];
        for (int f : x) {
            int base = f * K;
            for (int k = 0; k < K; k++) {
                z[k] += w[base + k];
            }
        }
        return z;
    }

    private static double[] softmax(double[] z) {
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

    /**
     * Trains on feature sets with their labels; {@code vectors} (word to unit vector, maybe empty) give
     * each example the mean vector of its {@link SpanFeatures#WORD} words, times {@code alpha}.
     */
    static TechniqueClassifier train(List<String[]> examples, List<Technique> labels, Map<String, float[]> vectors,
                                     double alpha, int epochs, double l2, int minCount, int bags, long seed) {
        FeatureIndex index = FeatureIndex.build(examples, minCount);
        int[][] x = new int[examples.size()][];
        float[][] dense = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = index.ids(examples.get(i));
            dense[i] = meanVector(WordTable.bag(examples.get(i), SpanFeatures.WORD), vectors, alpha);
        }
        float[] w = new float[index.size() * K];
        float[] d = new float[SentenceEmbedder.DIMENSION * K];
        for (int b = 0; b < bags; b++) {
            float[][] one = trainOne(x, dense, labels, index.size(), epochs, l2, seed + b);
            for (int i = 0; i < w.length; i++) {
                w[i] += one[0][i] / bags;
            }
            for (int i = 0; i < d.length; i++) {
                d[i] += one[1][i] / bags;
            }
        }
        // Design decision: averaging the weights of runs shuffled differently (not their probabilities)
        // keeps one model of one run's size and speed; for a linear model it averages the logits. Three
        // runs scored 0.607 against 0.599 for one in cross-validation.
        // The mean is taken over the bag's words with unknown ones as zero vectors, as the table does.
        return new TechniqueClassifier(index, w, WordTable.fold(vectors, d, alpha, K, SpanFeatures.WORD));
    }

    /** One run of stochastic gradient in an order shuffled by {@code seed}: the sparse and the dense weights. */
    private static float[][] trainOne(int[][] x, float[][] dense, List<Technique> labels, int features, int epochs,
                                      double l2, long seed) {
        int dims = SentenceEmbedder.DIMENSION;
        float[] w = new float[features * K];
        double[] g2 = new double[w.length];
        float[] d = new float[dims * K];
        double[] d2 = new double[d.length];
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double rate = 0.2;
        for (int epoch = 0; epoch < epochs; epoch++) {
            SpanTagger.shuffle(order, random);
            for (int i : order) {
                double[] z = linear(x[i], w);
                float[] v = dense[i];
                if (v != null) {
                    for (int j = 0; j < dims; j++) {
                        for (int k = 0; k < K; k++) {
                            z[k] += d[j * K + k] * v[j];
                        }
                    }
                }
                double[] p = softmax(z);
                int y = labels.get(i).ordinal();
                for (int f : x[i]) {
                    int base = f * K;
                    for (int k = 0; k < K; k++) {
                        double g = p[k] - (k == y ? 1 : 0) + l2 * w[base + k];
                        g2[base + k] += g * g;
                        w[base + k] -= (float) (rate * g / Math.sqrt(g2[base + k] + 1e-8));
                    }
                }
                if (v != null) {
                    for (int j = 0; j < dims; j++) {
                        for (int k = 0; k < K; k++) {
                            int at = j * K + k;
                            double g = (p[k] - (k == y ? 1 : 0)) * v[j] + l2 * d[at];
                            d2[at] += g * g;
                            d[at] -= (float) (rate * g / Math.sqrt(d2[at] + 1e-8));
                        }
                    }
                }
            }
        }
        return new float[][] {w, d};
    }

    /** {@code alpha} times the mean vector of the bag (unknown words count as zero), or null when none is known. */
    static float[] meanVector(String[] bag, Map<String, float[]> vectors, double alpha) {
        float[] mean = null;
        for (String w : bag) {
            float[] v = vectors.get(w);
            if (v != null) {
                if (mean == null) {
                    mean = new float[v.length];
                }
                for (int j = 0; j < v.length; j++) {
                    mean[j] += (float) (alpha * v[j] / bag.length);
                }
            }
        }
        return mean;
    }

    void write(DataOutputStream out) throws IOException {
        index.write(out);
        Weights.write(out, weights);
        words.write(out);
    }

    static TechniqueClassifier read(DataInputStream in) throws IOException {
        FeatureIndex index = FeatureIndex.read(in);
        float[] w = Weights.read(in);
        if (w.length != index.size() * K) {
            throw new IOException("classifier weights do not match its " + index.size() + " features");
        }
        return new TechniqueClassifier(index, w, WordTable.read(in));
    }
}
