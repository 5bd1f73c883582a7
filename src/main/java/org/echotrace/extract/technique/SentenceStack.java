package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echotrace.link.taxonomy.NarrativeTrainer;
import org.echotrace.model.Sentence;

/**
 * How likely a sentence is to hold a propaganda fragment, knowing its article: a second logistic
 * regression over the {@link SentenceScorer}'s log-odds of the sentence, of its neighbours, of its
 * paragraph and of the whole article (mean, maximum), with the sentence's place and length.
 *
 * <p>Design decision: stacked, with the first model's scores on the training articles taken from
 * models that did not see them (folds inside the training set), so the second model learns how far to
 * trust a score rather than how well the first model memorised. Propaganda clusters by article and
 * paragraph: an article whose sentences read as loaded makes each of them likelier.
 */
final class SentenceStack {
    /** Base scores per sentence: the first model's log-odds, the tagger's best token margin, its coverage. */
    static final int BASES = 3;
    private static final int PER_BASE = 7;
    static final int FEATURES = BASES * PER_BASE + 4;
    private static final int INNER_FOLDS = 4;
    /** The outside bias at which the tagger's coverage of a sentence is read (the stack's, not the decoder's). */
    private static final float COVERAGE_BIAS = -140f;
    private final SentenceScorer first;
    private final float[] mean;
    private final float[] scale;
    private final float[] weights;

    /** Where the stack gets a tagger trained on some articles (the harness caches them; training trains them). */
    interface Taggers {
        SpanTagger train(List<LabelledArticle> articles, int inner);
    }

    SentenceStack(SentenceScorer first, float[] mean, float[] scale, float[] weights) {
        this.first = first;
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
    }

    /**
     * Log-odds of each sentence, in order, given the tagger and its emissions for each sentence's
     * tokens ({@link SpanTagger#emissions}).
     */
    double[] logOdds(List<Sentence> sentences, ArticleWords words, List<double[][]> emissions, SpanTagger tagger) {
        double[][] x = features(sentences, base(first, tagger, sentences, words, emissions));
        double[] out = new double[x.length];
        for (int i = 0; i < out.length; i++) {
            double z = weights[FEATURES];
            for (int j = 0; j < FEATURES; j++) {
                z += weights[j] * (x[i][j] - mean[j]) / scale[j];
            }
            out[i] = z;
        }
        return out;
    }

    static double[][] base(SentenceScorer first, SpanTagger tagger, List<Sentence> sentences, ArticleWords words,
                           List<double[][]> emissions) {
        double[][] b = new double[sentences.size()][BASES];
        for (int i = 0; i < b.length; i++) {
            b[i][0] = first.logOdds(sentences.get(i), words);
            double[] m = SpanTagger.margins(emissions.get(i));
            double max = m.length == 0 ? -500 : -1e9;
            for (double v : m) {
                max = Math.max(max, v);
            }
            b[i][1] = Math.max(-500, Math.min(500, max)) / 100;
            int[] tags = tagger.decode(emissions.get(i), COVERAGE_BIAS);
            int in = 0;
            for (int t : tags) {
                in += t != SpanTagger.O ? 1 : 0;
            }
            b[i][2] = tags.length == 0 ? 0 : (double) in / tags.length;
        }
        return b;
    }

    /** Stage-two features of each sentence from the base scores of all of the article's sentences. */
    static double[][] features(List<Sentence> sentences, double[][] base) {
        int n = base.length;
        double[][] out = new double[n][FEATURES];
        for (int k = 0; k < BASES; k++) {
            double sum = 0;
            double max = -1e9;
            for (double[] v : base) {
                sum += v[k];
                max = Math.max(max, v[k]);
            }
            double articleMean = n == 0 ? 0 : sum / n;
            for (int i = 0; i < n; i++) {
                Sentence s = sentences.get(i);
                double para = 0;
                int pn = 0;
                for (int j = Math.max(0, i - 8); j < Math.min(n, i + 9); j++) {
                    if (j != i && sentences.get(j).paragraph() == s.paragraph()) {
                        para += base[j][k];
                        pn++;
                    }
                }
                int o = k * PER_BASE;
                out[i][o] = base[i][k];
                out[i][o + 1] = i > 0 ? base[i - 1][k] : articleMean;
                out[i][o + 2] = i + 1 < n ? base[i + 1][k] : articleMean;
                out[i][o + 3] = articleMean;
                out[i][o + 4] = max;
                out[i][o + 5] = pn == 0 ? articleMean : para / pn;
                out[i][o + 6] = base[i][k] * articleMean;
            }
        }
        for (int i = 0; i < n; i++) {
            int o = BASES * PER_BASE;
            out[i][o] = n <= 1 ? 0 : (double) i / (n - 1);
            out[i][o + 1] = sentences.get(i).index() == 0 ? 1 : 0;
            out[i][o + 2] = Math.log1p(sentences.get(i).tokens().size());
            out[i][o + 3] = Math.log1p(n);
        }
        return out;
    }

    static SentenceStack train(List<LabelledArticle> articles, TechniqueTrainer.Settings settings, long seed,
                               Map<String, float[]> vectors, Taggers taggers) {
        int[] fold = NarrativeTrainer.folds(articles.size(), INNER_FOLDS, seed);
        List<double[][]> oof = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            oof.add(null);
        }
        for (int k = 0; k < INNER_FOLDS; k++) {
            List<LabelledArticle> train = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (fold[i] != k) {
                    train.add(articles.get(i));
                }
            }
            SentenceScorer s = TechniqueTrainer.sentences(train, settings, seed, vectors);
            SpanTagger tagger = taggers.train(train, k);
            for (int i = 0; i < articles.size(); i++) {
                if (fold[i] == k) {
                    LabelledArticle a = articles.get(i);
                    ArticleWords words = new ArticleWords(a.text(), a.sentences());
                    oof.set(i, base(s, tagger, a.sentences(), words,
                            tokens(a.sentences(), words).stream().map(tagger::emissions).toList()));
                }
            }
        }
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            LabelledArticle a = articles.get(i);
            double[][] f = features(a.sentences(), oof.get(i));
            List<org.echotrace.model.TextSpan> merged = TechniqueTrainer.merge(a.spans());
            for (int j = 0; j < f.length; j++) {
                Sentence s = a.sentences().get(j);
                x.add(f[j]);
                y.add(merged.stream().anyMatch(g -> g.overlaps(s.span())));
            }
        }
        float[] mean = new float[FEATURES];
        float[] scale = new float[FEATURES];
        if (x.isEmpty()) {
            // No sentence to learn from: a neutral stack (every sentence at even odds).
            java.util.Arrays.fill(scale, 1f);
            return new SentenceStack(TechniqueTrainer.sentences(articles, settings, seed, vectors), mean, scale,
                    new float[FEATURES + 1]);
        }
        for (double[] r : x) {
            for (int j = 0; j < FEATURES; j++) {
                mean[j] += (float) (r[j] / x.size());
            }
        }
        for (double[] r : x) {
            for (int j = 0; j < FEATURES; j++) {
                scale[j] += (float) ((r[j] - mean[j]) * (r[j] - mean[j]) / x.size());
            }
        }
        for (int j = 0; j < FEATURES; j++) {
            scale[j] = (float) Math.max(1e-3, Math.sqrt(scale[j]));
        }
        float[] w = fit(x, y, mean, scale);
        return new SentenceStack(TechniqueTrainer.sentences(articles, settings, seed, vectors), mean, scale, w);
    }

    static List<String[][]> tokens(List<Sentence> sentences, ArticleWords words) {
        List<String[][]> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(TokenFeatures.of(s, words));
        }
        return out;
    }

    /** Full-batch gradient descent on the standardised features: a small convex problem, deterministic. */
    private static float[] fit(List<double[]> x, List<Boolean> y, float[] mean, float[] scale) {
        double[] w = new double[FEATURES + 1];
        int n = x.size();
        double[][] xs = new double[n][FEATURES];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < FEATURES; j++) {
                xs[i][j] = (x.get(i)[j] - mean[j]) / scale[j];
            }
        }
        for (int iter = 0; iter < 400; iter++) {
            double[] g = new double[FEATURES + 1];
            for (int i = 0; i < n; i++) {
                double z = w[FEATURES];
                for (int j = 0; j < FEATURES; j++) {
                    z += w[j] * xs[i][j];
                }
                double err = 1 / (1 + Math.exp(-z)) - (y.get(i) ? 1 : 0);
                for (int j = 0; j < FEATURES; j++) {
                    g[j] += err * xs[i][j] / n;
                }
                g[FEATURES] += err / n;
            }
            for (int j = 0; j <= FEATURES; j++) {
                w[j] -= 0.5 * (g[j] + (j < FEATURES ? 1e-4 * w[j] : 0));
            }
        }
        float[] out = new float[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = (float) w[j];
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        first.write(out);
        Weights.write(out, mean);
        Weights.write(out, scale);
        Weights.write(out, weights);
    }

    static SentenceStack read(DataInputStream in) throws IOException {
        SentenceScorer first = SentenceScorer.read(in);
        float[] mean = Weights.read(in);
        float[] scale = Weights.read(in);
        float[] w = Weights.read(in);
        if (mean.length != FEATURES || scale.length != FEATURES || w.length != FEATURES + 1) {
            throw new IOException("sentence stack weights do not match its " + FEATURES + " features");
        }
        return new SentenceStack(first, mean, scale, w);
    }
}
