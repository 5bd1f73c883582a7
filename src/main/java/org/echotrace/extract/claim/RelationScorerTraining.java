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
 * learns from those, and the mean of the model trained on every article and the fold models
 * ({@link AttributionModel#mean}: a bagged ensemble of six, one model's size and speed) is given
 * that scorer.
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
        List<AttributionModel> members = new ArrayList<>();
        List<RelationScorer.Examples> examples = new ArrayList<>(data.size());
        for (int n = 0; n < data.size(); n++) {
            examples.add(null);
        }
        for (int k = 0; k < FOLDS; k++) {
            AttributionModel m = foldModel(data, foldOf, k, FOLDS, options, foldModels, log);
            members.add(m);
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
        // The fold models, trained anyway for the scorer's candidates, are averaged in with the full
        // one: on train CV (each fold's tagger the mean of its model and the four trained without it
        // and one other fold) relation F1 0.741 against 0.739, 1.1 points more precision.
        members.add(0, AttributionTrainer.train(data, options, log));
        return AttributionModel.mean(members).withScorer(scorer);
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
        return subsetModel(data, foldOf, new int[]{k}, folds, options, dir, log);
    }

    /**
     * The model trained without folds {@code a} and {@code b} (as {@link #foldModel}, cached the same
     * way): one of the inner models a fold's bagged ensemble averages in cross-validation.
     */
    public static AttributionModel pairModel(List<LabelledArticle> data, int[] foldOf, int a, int b, int folds,
                                             AttributionTrainer.Options options, Path dir, PrintStream log) {
        return subsetModel(data, foldOf, new int[]{Math.min(a, b), Math.max(a, b)}, folds, options, dir, log);
    }

    private static AttributionModel subsetModel(List<LabelledArticle> data, int[] foldOf, int[] without, int folds,
                                                AttributionTrainer.Options options, Path dir, PrintStream log) {
        StringBuilder name = new StringBuilder("fold");
        for (int k : without) {
            name.append('-').append(k + 1);
        }
        Path file = dir == null ? null : dir.resolve(name + "-of-" + folds + "-seed-" + options.seed() + ".bin.gz");
        String what = without.length == 1 ? "fold " + (without[0] + 1) + " of " + folds
                : "without folds " + (without[0] + 1) + " and " + (without[1] + 1) + " of " + folds;
        try {
            if (file != null && Files.isRegularFile(file)) {
                log.printf("attribution: %s, model read from %s%n", what, file);
                return AttributionModel.read(file);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(options.seed()));
            List<LabelledArticle> train = new ArrayList<>();
            for (int pos = 0; pos < order.size(); pos++) {
                int f = foldOf[order.get(pos)];
                if (java.util.Arrays.stream(without).noneMatch(k -> k == f)) {
                    train.add(data.get(order.get(pos)));
                }
            }
            log.printf("attribution: %s, training on %d articles%n", what, train.size());
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
