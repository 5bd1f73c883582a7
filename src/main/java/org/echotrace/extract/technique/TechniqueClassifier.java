package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.model.Technique;

/**
 * Names the technique of a fragment: multinomial logistic regression over the fragment's binary
 * features and the mean frozen MiniLM vector of its words (shipped folded into a {@link WordTable}),
 * trained by stochastic gradient with per-weight AdaGrad steps and an L2 penalty, several runs in
 * differently shuffled orders averaged into one set of weights. An {@link AveragingNetwork} over the same
 * word vectors may stand beside it: its log-probabilities, weighted, join the logits.
 *
 * <p>Design decision: logistic regression rather than a perceptron because its probabilities are the
 * score a {@code TechniqueSpan} carries and an analyst may threshold on.
 */
final class TechniqueClassifier {
    static final int K = Technique.values().length;

    private final FeatureIndex index;
    /** {@code [feature * K + class]}; the always-on feature "b" is the bias. */
    private final float[] weights;
    /** One table per bag of words: the fragment's words, then its context's. */
    private final List<WordTable> tables;
    /** The averaging network whose log-probabilities, times {@link #networkWeight}, join the logits; null for none. */
    private final AveragingNetwork network;
    private final float networkWeight;

    TechniqueClassifier(FeatureIndex index, float[] weights, List<WordTable> tables) {
        this(index, weights, tables, null, 0f);
    }

    private TechniqueClassifier(FeatureIndex index, float[] weights, List<WordTable> tables, AveragingNetwork network,
                                float networkWeight) {
        this.index = index;
        this.weights = weights;
        this.tables = List.copyOf(tables);
        this.network = network;
        this.networkWeight = networkWeight;
    }

    /**
     * The same classifier with an averaging network beside it: the two combine as a product of experts,
     * the classifier's probabilities times the network's to the power {@code weight}, renormalised.
     */
    TechniqueClassifier withNetwork(AveragingNetwork n, float weight) {
        return new TechniqueClassifier(index, weights, tables, n, weight);
    }

    /** The averaging network beside the classifier, if any. */
    java.util.Optional<AveragingNetwork> network() {
        return java.util.Optional.ofNullable(network);
    }

    double[] probabilities(String[] features) {
        double[] z = linear(index.ids(features), weights);
        for (WordTable t : tables) {
            t.addMean(z, features);
        }
        if (network != null) {
            double[] l = network.logProbabilities(features);
            for (int k = 0; k < K; k++) {
                z[k] += networkWeight * l[k];
            }
        }
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
     * each example, for each bag prefix, the mean vector of its words carrying that prefix times the
     * bag's weight. Features of a bag other than the first ({@link SpanFeatures#WORD}) are seen only
     * through their vectors, never as sparse features.
     */
    static TechniqueClassifier train(List<String[]> examples, List<Technique> labels, Map<String, float[]> vectors,
                                     List<String> prefixes, double[] alphas, int epochs, double l2, int minCount,
                                     int bags, long seed) {
        List<String[]> sparse = examples.stream().map(e -> sparseOnly(e, prefixes)).toList();
        FeatureIndex index = FeatureIndex.build(sparse, minCount);
        int dims = SentenceEmbedder.DIMENSION;
        // Bags with a zero weight (or no vectors at all) get an empty table and no dense inputs.
        int[] active = java.util.stream.IntStream.range(0, prefixes.size())
                .filter(b -> alphas[b] > 0 && !vectors.isEmpty()).toArray();
        int width = dims * active.length;
        int[][] x = new int[examples.size()][];
        float[][] dense = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = index.ids(sparse.get(i));
            for (int a = 0; a < active.length; a++) {
                int b = active[a];
                float[] v = meanVector(WordTable.bag(examples.get(i), prefixes.get(b)), vectors, alphas[b]);
                if (v != null) {
                    dense[i] = dense[i] == null ? new float[width] : dense[i];
                    System.arraycopy(v, 0, dense[i], a * dims, dims);
                }
            }
        }
        float[] w = new float[index.size() * K];
        float[] d = new float[width * K];
        for (int b = 0; b < bags; b++) {
            float[][] one = trainOne(x, dense, labels, index.size(), width, epochs, l2, seed + b);
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
        List<WordTable> tables = new ArrayList<>();
        for (int b = 0; b < prefixes.size(); b++) {
            tables.add(WordTable.empty(K, prefixes.get(b)));
        }
        for (int a = 0; a < active.length; a++) {
            float[] part = Arrays.copyOfRange(d, a * dims * K, (a + 1) * dims * K);
            tables.set(active[a], WordTable.fold(vectors, part, alphas[active[a]], K, prefixes.get(active[a])));
        }
        return new TechniqueClassifier(index, w, tables);
    }

    /** The features of an example without those of the dense-only bags (every prefix but the first). */
    private static String[] sparseOnly(String[] features, List<String> prefixes) {
        return Arrays.stream(features).filter(f -> prefixes.stream().skip(1).noneMatch(f::startsWith)).toArray(String[]::new);
    }

    /** One run of stochastic gradient in an order shuffled by {@code seed}: the sparse and the dense weights. */
    private static float[][] trainOne(int[][] x, float[][] dense, List<Technique> labels, int features, int dims,
                                      int epochs, double l2, long seed) {
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
                if (v != null && dims > 0) {
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
                if (v != null && dims > 0) {
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
        out.writeInt(tables.size());
        for (WordTable t : tables) {
            t.write(out);
        }
        out.writeBoolean(network != null);
        if (network != null) {
            out.writeFloat(networkWeight);
            network.write(out);
        }
    }

    static TechniqueClassifier read(DataInputStream in) throws IOException {
        FeatureIndex index = FeatureIndex.read(in);
        float[] w = Weights.read(in);
        if (w.length != index.size() * K) {
            throw new IOException("classifier weights do not match its " + index.size() + " features");
        }
        int n = in.readInt();
        if (n < 0 || n > 8) {
            throw new IOException("bad count of classifier word tables: " + n);
        }
        List<WordTable> tables = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tables.add(WordTable.read(in));
        }
        if (!in.readBoolean()) {
            return new TechniqueClassifier(index, w, tables);
        }
        float weight = in.readFloat();
        return new TechniqueClassifier(index, w, tables, AveragingNetwork.read(in), weight);
    }
}
