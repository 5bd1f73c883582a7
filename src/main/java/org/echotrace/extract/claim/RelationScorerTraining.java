package org.echotrace.extract.claim;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the shipped attribution model with its relation scorer: the training articles are dealt
 * into folds (shuffled with the seed), a model is trained on all folds but one for each, each
 * article's candidate relations are made by the model that did not see it, the relation scorer
 * learns from those, and the model trained on every article is given that scorer.
 *
 * <p>Design decision: the folds are dealt as {@code eval attribution --cv} deals them (the same
 * shuffle, article {@code order[pos]} in fold {@code pos % folds}), so a folder of fold models that
 * cross-validation wrote can be read back here instead of trained again, and the other way round.
 */
public final class RelationScorerTraining {
    public static final int FOLDS = 5;

    private RelationScorerTraining() {
    }

    public static AttributionModel train(List<LabelledArticle> data, AttributionTrainer.Options options, Path foldModels,
                                         PrintStream log) {
        int[] foldOf = folds(data.size(), FOLDS, options.seed());
        List<RelationScorer.Examples> examples = new ArrayList<>(data.size());
        for (int n = 0; n < data.size(); n++) {
            examples.add(null);
        }
        for (int k = 0; k < FOLDS; k++) {
            AttributionModel m = foldModel(data, foldOf, k, FOLDS, options, foldModels, log);
            for (int n = 0; n < data.size(); n++) {
                if (foldOf[n] == k) {
                    examples.set(n, examples(m, data.get(n), RelationScorer.BIAS));
                }
            }
        }
        RelationScorer scorer = RelationScorer.train(examples, RelationScorer.EPOCHS, options.seed(), RelationScorer.THRESHOLD,
                RelationScorer.BIAS);
        log.printf("train attribution: relation scorer learned on %d candidate relations of %d articles%n",
                examples.stream().mapToInt(RelationScorer.Examples::size).sum(), data.size());
        return AttributionTrainer.train(data, options, log).withScorer(scorer);
    }

    /**
     * The candidate relations of an annotated article, before any is sifted, as examples for the
     * relation scorer: the rules' and {@code model}'s, the tagger biased by {@code bias}.
     */
    public static RelationScorer.Examples examples(AttributionModel model, LabelledArticle a, double bias) {
        List<Quotes.Quote> quotes = Quotes.find(a.article().text(), a.article().clean().bodySegments());
        LearnedAttributions.Proposed p = LearnedAttributions.propose(a.article(), quotes, model, bias);
        return RelationScorer.examples(p.candidates(), p.views(), a.gold());
    }

    /** The fold of each of {@code n} articles: shuffled with the seed, article {@code order[pos]} in fold {@code pos % folds}. */
    public static int[] folds(int n, int folds, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] out = new int[n];
        for (int pos = 0; pos < n; pos++) {
            out[order.get(pos)] = pos % folds;
        }
        return out;
    }

    /**
     * The model of fold {@code k}, trained on the articles of the other folds in the folds' order
     * (or read from {@code dir} when a file for this fold, fold count and seed is there, and
     * written there when not), as written: weights rounded as the shipped file's are.
     */
    public static AttributionModel foldModel(List<LabelledArticle> data, int[] foldOf, int k, int folds, AttributionTrainer.Options options,
                                             Path dir, PrintStream log) {
        Path file = dir == null ? null : dir.resolve("fold-" + (k + 1) + "-of-" + folds + "-seed-" + options.seed() + ".bin.gz");
        try {
            if (file != null && Files.isRegularFile(file)) {
                log.printf("attribution: fold %d of %d, model read from %s%n", k + 1, folds, file);
                return AttributionModel.read(file);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(options.seed()));
            List<LabelledArticle> train = new ArrayList<>();
            for (int pos = 0; pos < order.size(); pos++) {
                if (foldOf[order.get(pos)] != k) {
                    train.add(data.get(order.get(pos)));
                }
            }
            log.printf("attribution: fold %d of %d, training on %d articles%n", k + 1, folds, train.size());
            AttributionModel m = AttributionTrainer.train(train, options, log);
            if (file != null) {
                m.write(file);
                return AttributionModel.read(file);
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            m.write(bytes);
            return AttributionModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the fold model " + file, e);
        }
    }
}
