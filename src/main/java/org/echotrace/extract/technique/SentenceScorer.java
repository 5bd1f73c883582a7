package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.echotrace.model.Sentence;
import org.echotrace.model.Token;

/**
 * How likely a sentence is to hold a propaganda fragment: binary logistic regression over the
 * sentence's words, word pairs, lexicon families, punctuation and shape. Its log-odds are the first
 * of the scores the {@link SentenceStack} weighs, whose log-odds move the span tagger's outside bias
 * sentence by sentence.
 *
 * <p>Design decision: the task's span score credits a fragment by its overlap, so finding the right
 * sentences is most of the score (whole gold-bearing sentences alone reach F1 0.64 on the training
 * split); a token tagger sees only a five-word window, this model sees the sentence.
 */
final class SentenceScorer {
    /** Prefix of the features naming the sentence's (lower-cased) words: the bag the word table reads. */
    static final String WORD = "w=";
    private final FeatureIndex index;
    private final float[] weights;
    private final WordTable words;
    /** An averaging network over the sentence's word vectors whose log-odds, times {@link #networkWeight}, add to the model's; null for none. */
    private final AveragingNetwork network;
    private final float networkWeight;

    SentenceScorer(FeatureIndex index, float[] weights, WordTable words) {
        this(index, weights, words, null, 0f);
    }

    private SentenceScorer(FeatureIndex index, float[] weights, WordTable words, AveragingNetwork network, float networkWeight) {
        this.index = index;
        this.weights = weights;
        this.words = words;
        this.network = network;
        this.networkWeight = networkWeight;
    }

    /** The same scorer with an averaging network's log-odds, times {@code weight}, added to its own. */
    SentenceScorer withNetwork(AveragingNetwork n, float weight) {
        return new SentenceScorer(index, weights, words, n, weight);
    }

    /** Log-odds that the sentence holds a fragment. */
    double logOdds(Sentence s, ArticleWords words) {
        String[] features = features(s, words);
        double[] z = new double[1];
        for (int f : index.ids(features)) {
            z[0] += weights[f];
        }
        this.words.addMean(z, features);
        if (network != null) {
            double[] l = network.logProbabilities(features);
            z[0] += networkWeight * (l[1] - l[0]);
        }
        return z[0];
    }

    static String[] features(Sentence s, ArticleWords words) {
        Set<String> f = new TreeSet<>();
        f.add("b");
        List<Token> toks = s.tokens();
        int n = toks.size();
        f.add("len=" + (n < 6 ? "s" : n < 12 ? "m" : n < 20 ? "l" : n < 35 ? "xl" : "xxl"));
        if (s.index() == 0) {
            f.add("title");
        }
        String prev = "<s>";
        int adj = 0;
        int caps = 0;
        int reps = 0;
        for (Token t : toks) {
            String w = t.text().toLowerCase(Locale.ROOT);
            f.add(WORD + w);
            f.add("bg=" + prev + "_" + w);
            Lexicons.families(w).forEach(fam -> f.add("L=" + fam));
            if (t.pos().equals("ADJ") || t.pos().equals("ADV")) {
                adj++;
            }
            if (t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase)) {
                caps++;
            }
            if (w.length() > 3 && words.count(w) >= 4) {
                reps++;
            }
            if (TokenFeatures.isQuote(w)) {
                f.add("quote");
            }
            prev = w;
        }
        f.add("adj=" + Math.min(adj, 4));
        f.add("caps=" + Math.min(caps, 2));
        f.add("reps=" + Math.min(reps, 3));
        f.add("end=" + prev);
        return f.toArray(String[]::new);
    }

    /**
     * Trains on sentences' feature sets; {@code vectors} (word to unit vector, maybe empty) add the mean
     * vector of each sentence's words times {@code alpha}, shipped folded into a {@link WordTable}.
     */
    static SentenceScorer train(List<String[]> examples, boolean[] positive, Map<String, float[]> vectors, double alpha,
                                int epochs, double l2, int minCount, long seed) {
        FeatureIndex index = FeatureIndex.build(examples, minCount);
        int[][] x = new int[examples.size()][];
        float[][] dense = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = index.ids(examples.get(i));
            dense[i] = TechniqueClassifier.meanVector(WordTable.bag(examples.get(i), WORD), vectors, alpha);
        }
        float[] w = new float[index.size()];
        double[] g2 = new double[w.length];
        float[] d = new float[org.echotrace.embed.SentenceEmbedder.DIMENSION];
        double[] d2 = new double[d.length];
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            SpanTagger.shuffle(order, random);
            for (int i : order) {
                double z = 0;
                for (int f : x[i]) {
                    z += w[f];
                }
                float[] v = dense[i];
                if (v != null) {
                    for (int j = 0; j < d.length; j++) {
                        z += d[j] * v[j];
                    }
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (positive[i] ? 1 : 0);
                for (int f : x[i]) {
                    double g = err + l2 * w[f];
                    g2[f] += g * g;
                    w[f] -= (float) (0.1 * g / Math.sqrt(g2[f] + 1e-8));
                }
                if (v != null) {
                    for (int j = 0; j < d.length; j++) {
                        double g = err * v[j] + l2 * d[j];
                        d2[j] += g * g;
                        d[j] -= (float) (0.1 * g / Math.sqrt(d2[j] + 1e-8));
                    }
                }
            }
        }
        return new SentenceScorer(index, w, WordTable.fold(vectors, d, alpha, 1, WORD));
    }

    void write(DataOutputStream out) throws IOException {
        index.write(out);
        Weights.write(out, weights);
        words.write(out);
        out.writeBoolean(network != null);
        if (network != null) {
            out.writeFloat(networkWeight);
            network.write(out);
        }
    }

    static SentenceScorer read(DataInputStream in) throws IOException {
        FeatureIndex index = FeatureIndex.read(in);
        float[] w = Weights.read(in);
        if (w.length != index.size()) {
            throw new IOException("sentence scorer weights do not match its " + index.size() + " features");
        }
        WordTable table = WordTable.read(in);
        if (!in.readBoolean()) {
            return new SentenceScorer(index, w, table);
        }
        float weight = in.readFloat();
        return new SentenceScorer(index, w, table, AveragingNetwork.read(in), weight);
    }
}
