package org.echotrace.eval;

import org.echotrace.extract.claim.AttributionModel;
import org.echotrace.extract.claim.ClaimExtractor;
import org.echotrace.extract.claim.RelationScorer;
import org.echotrace.extract.claim.RelationScorerTraining;
import org.echotrace.model.Attribution;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The relation scorer inside cross-validation: each article's candidate relations are made by the
 * model of its own fold (trained without it), and each fold's articles are sifted by a scorer
 * learned on the other folds' candidates, so neither the candidates it learns from nor the
 * relations it is scored on come from a model that saw their article.
 *
 * <p>Design decision: the scorer of fold k learns from the other folds' candidates, which their
 * models made having seen fold k's articles (stacking, not a nested cross-validation: that would
 * train 20 tagger models instead of 5). Fold k's own gold reaches that scorer only through how
 * those models behave on other articles.
 */
final class RelationScorerFolds {
    private RelationScorerFolds() {
    }

    /**
     * One extractor per article: its fold's model in {@code scoring} with a scorer learned on the
     * other folds' candidates, as the fold models in {@code proposing} made them.
     */
    static ClaimExtractor[] extractors(List<PolnearCorpus.Item> items, int[] foldOf, AttributionModel[] proposing,
                                       AttributionModel[] scoring, double bias, double threshold, int epochs, long seed) {
        List<RelationScorer.Examples> examples = examples(items, foldOf, proposing, bias);
        ClaimExtractor[] out = new ClaimExtractor[items.size()];
        for (int k = 0; k < scoring.length; k++) {
            RelationScorer s = RelationScorer.train(others(examples, foldOf, k), epochs, seed, threshold, bias);
            ClaimExtractor e = new ClaimExtractor(scoring[k].withScorer(s));
            for (int n = 0; n < items.size(); n++) {
                if (foldOf[n] == k) {
                    out[n] = e;
                }
            }
        }
        return out;
    }

    /**
     * Logs relation P / R / F1 (first annotator) at each cue bias and threshold, to choose them on
     * the training split's folds: the scorers are learned once a bias, the threshold only sifts.
     */
    static void sweep(List<PolnearCorpus.Item> items, int[] foldOf, AttributionModel[] proposing, AttributionModel[] models,
                      double[] biases, double[] thresholds, int epochs, long seed, PrintStream log) {
        for (double bias : biases) {
            List<RelationScorer.Examples> examples = examples(items, foldOf, proposing, bias);
            RelationScorer[] scorers = new RelationScorer[models.length];
            for (int k = 0; k < models.length; k++) {
                scorers[k] = RelationScorer.train(others(examples, foldOf, k), epochs, seed, 0, bias);
            }
            for (double t : thresholds) {
                ClaimExtractor[] e = new ClaimExtractor[models.length];
                for (int k = 0; k < models.length; k++) {
                    e[k] = new ClaimExtractor(models[k].withScorer(scorers[k].withThreshold(t)));
                }
                AttributionScore score = new AttributionScore();
                for (int n = 0; n < items.size(); n++) {
                    score.add(items.get(n).text(), predicted(e[foldOf[n]], items.get(n)), gold(items.get(n)));
                }
                AttributionScore.Counts r = score.relations;
                log.printf(Locale.ROOT, "eval attribution: sweep bias %.1f threshold %.2f: relation P %.4f R %.4f F1 %.4f (%d predicted)%n",
                        bias, t, r.precision(), r.recall(), r.f1(), r.predicted);
            }
        }
    }

    private static List<RelationScorer.Examples> examples(List<PolnearCorpus.Item> items, int[] foldOf, AttributionModel[] models,
                                                          double bias) {
        List<RelationScorer.Examples> out = new ArrayList<>(items.size());
        for (int n = 0; n < items.size(); n++) {
            out.add(RelationScorerTraining.examples(models[foldOf[n]], items.get(n).labelled(), bias));
        }
        return out;
    }

    private static List<RelationScorer.Examples> others(List<RelationScorer.Examples> examples, int[] foldOf, int k) {
        List<RelationScorer.Examples> out = new ArrayList<>();
        for (int n = 0; n < examples.size(); n++) {
            if (foldOf[n] != k) {
                out.add(examples.get(n));
            }
        }
        return out;
    }

    static List<AttributionScore.Rel> predicted(ClaimExtractor e, PolnearCorpus.Item item) {
        List<Attribution> found = e.attributions(item.article());
        return found.stream().map(a -> new AttributionScore.Rel(a.source().map(List::of), List.of(a.cue()), a.content(), a.cueType())).toList();
    }

    static List<AttributionScore.Rel> gold(PolnearCorpus.Item item) {
        return item.annotators().get(0).stream().map(r -> new AttributionScore.Rel(r.source(), r.cue(), r.content(),
                AttributionScore.goldType(item.text(), r.source(), r.cue(), r.content()))).toList();
    }
}
