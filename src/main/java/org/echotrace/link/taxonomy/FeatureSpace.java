package org.echotrace.link.taxonomy;

import java.util.List;
import org.echotrace.embed.SentenceEmbedder;

/**
 * Turns an article's embedded sentences into one feature vector of three blocks, each scaled to
 * about unit length so that no block drowns the others: the mean sentence vector (renormalised),
 * the standardised similarities to every trained label's description, and tf-idf of words and word
 * pairs.
 *
 * <p>Design decision: frozen sentence vectors, not a fine-tuned encoder. Four hundred articles are
 * too few to tune MiniLM, and a linear model over frozen vectors trains in seconds on two cores.
 */
public record FeatureSpace(LexicalVocabulary vocabulary, List<float[]> descriptions, double[] simMean,
                           double[] simSd, float embeddingWeight, float similarityWeight, float lexicalWeight) {
    public FeatureSpace {
        descriptions = List.copyOf(descriptions);
        if (simMean.length != 2 * descriptions.size() || simSd.length != simMean.length) {
            throw new IllegalArgumentException("similarity statistics do not match " + descriptions.size() + " descriptions");
        }
    }

    public int dimension() {
        return SentenceEmbedder.DIMENSION + simMean.length + vocabulary.size();
    }

    public float[] features(ArticleSentences a) {
        float[] x = new float[dimension()];
        int d = SentenceEmbedder.DIMENSION;
        if (!a.vectors().isEmpty()) {
            double[] mean = new double[d];
            for (float[] v : a.vectors()) {
                for (int i = 0; i < d; i++) {
                    mean[i] += v[i];
                }
            }
            double norm = 0;
            for (double m : mean) {
                norm += m * m;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < d && norm > 0; i++) {
                x[i] = (float) (embeddingWeight * mean[i] / norm);
            }
        }
        double[] sim = DescriptionSimilarity.of(a.vectors(), descriptions);
        double scale = sim.length == 0 ? 0 : similarityWeight / Math.sqrt(sim.length);
        for (int j = 0; j < sim.length; j++) {
            x[d + j] = (float) (scale * (sim[j] - simMean[j]) / simSd[j]);
        }
        vocabulary.vector(a.body(), x, d + sim.length, lexicalWeight);
        return x;
    }

    /** Means and standard deviations of the raw similarities over training articles. */
    static double[][] similarityStatistics(List<ArticleSentences> articles, List<float[]> descriptions) {
        int m = 2 * descriptions.size();
        double[] sum = new double[m];
        double[] sq = new double[m];
        for (ArticleSentences a : articles) {
            double[] s = DescriptionSimilarity.of(a.vectors(), descriptions);
            for (int j = 0; j < m; j++) {
                sum[j] += s[j];
                sq[j] += s[j] * s[j];
            }
        }
        double n = Math.max(1, articles.size());
        double[] mean = new double[m];
        double[] sd = new double[m];
        for (int j = 0; j < m; j++) {
            mean[j] = sum[j] / n;
            sd[j] = Math.max(1e-3, Math.sqrt(Math.max(0, sq[j] / n - mean[j] * mean[j])));
        }
        return new double[][] {mean, sd};
    }
}
