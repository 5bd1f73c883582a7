package org.echotrace.link.taxonomy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link NarrativeModel} on labelled articles: a classifier for every taxonomy entry with
 * at least {@link Settings#minPositives} articles, thresholds chosen on inner cross-validation
 * (folds by article, seeded) to maximise samples F1 at both levels, and the zero-shot calibration.
 *
 * <p>Design decision: three global thresholds, not one per label: most entries have fewer than ten
 * positive articles, and per-label thresholds fitted on so few would follow noise.
 */
public final class NarrativeTrainer {
    /** Training settings; {@link #DEFAULTS} are those the shipped model was trained with. */
    public record Settings(int maxTerms, double lambda, double positiveWeightPower, int iterations,
                           float embeddingWeight, float similarityWeight, float lexicalWeight,
                           int innerFolds, int minPositives, long seed) {
        public static final Settings DEFAULTS = new Settings(6000, 1e-3, 0.5, 300, 1f, 1f, 1f, 3, 1, 20250301L);
    }

    /** A training article and the labels it carries ("Other" where it carries no narrative). */
    public record Example(ArticleSentences article, Set<String> labels) {
    }

    private final Settings settings;
    private final PrintStream log;

    public NarrativeTrainer(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public NarrativeModel train(Taxonomy taxonomy, List<Example> examples, TextEmbedder embedder) {
        List<TaxonomyEntry> entries = new ArrayList<>();
        for (TaxonomyEntry e : taxonomy.entries()) {
            long positives = examples.stream().filter(x -> x.labels().contains(e.label())).count();
            if (positives >= settings.minPositives()) {
                entries.add(e);
            }
        }
        List<String> labels = entries.stream().map(TaxonomyEntry::label).toList();
        List<float[]> descriptions = embedder.embed(entries.stream().map(TaxonomyEntry::description).toList());
        List<ArticleSentences> articles = examples.stream().map(Example::article).toList();
        LexicalVocabulary vocabulary = LexicalVocabulary.build(articles.stream().map(ArticleSentences::body).toList(),
                settings.maxTerms());
        double[][] stats = FeatureSpace.similarityStatistics(articles, descriptions);
        FeatureSpace space = new FeatureSpace(vocabulary, descriptions, stats[0], stats[1],
                settings.embeddingWeight(), settings.similarityWeight(), settings.lexicalWeight());
        List<float[]> rows = articles.stream().map(space::features).toList();
        boolean[][] y = targets(examples, labels);
        OneVsRestLogistic lr = new OneVsRestLogistic(settings.lambda(), settings.positiveWeightPower(), settings.iterations());

        double[][] outOfFold = new double[rows.size()][labels.size()];
        int[] fold = folds(rows.size(), settings.innerFolds(), settings.seed());
        for (int f = 0; f < settings.innerFolds(); f++) {
            List<float[]> trainRows = new ArrayList<>();
            List<boolean[]> trainY = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] != f) {
                    trainRows.add(rows.get(i));
                    trainY.add(y[i]);
                }
            }
            OneVsRestLogistic.Fit fit = lr.fit(trainRows, trainY.toArray(new boolean[0][]));
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] == f) {
                    for (int l = 0; l < labels.size(); l++) {
                        outOfFold[i][l] = fit.probability(l, rows.get(i));
                    }
                }
            }
        }
        Thresholds thresholds = ThresholdSearch.best(taxonomy, labels, outOfFold, examples);
        log.println("narratives: " + labels.size() + " classifiers, " + vocabulary.size() + " terms, thresholds " + thresholds);
        OneVsRestLogistic.Fit fit = lr.fit(rows, y);
        List<double[]> sims = articles.stream().map(a -> DescriptionSimilarity.of(a.vectors(), descriptions)).toList();
        ZeroShotCalibration zeroShot = ZeroShotCalibration.fit(sims, y);
        return new NarrativeModel(labels, space, fit, thresholds, zeroShot);
    }

    private static boolean[][] targets(List<Example> examples, List<String> labels) {
        boolean[][] y = new boolean[examples.size()][labels.size()];
        for (int i = 0; i < examples.size(); i++) {
            for (int l = 0; l < labels.size(); l++) {
                y[i][l] = examples.get(i).labels().contains(labels.get(l));
            }
        }
        return y;
    }

    /** Fold of each of {@code n} items: a seeded shuffle dealt round-robin into {@code k} folds. */
    public static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % k;
        }
        return fold;
    }
}
