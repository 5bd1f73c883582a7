package org.echotrace.link.taxonomy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the {@link Thresholds} that maximise the sum of samples F1 over narratives and over
 * sub-narratives (SemEval-2025 Task 10's two figures) on out-of-fold probabilities, by grid search.
 */
final class ThresholdSearch {
    private static final double[] GRID = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8};
    private static final double[] FALLBACK = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 1.0};

    private ThresholdSearch() {
    }

    static Thresholds best(Taxonomy taxonomy, List<String> labels, double[][] probabilities,
                           List<NarrativeTrainer.Example> examples) {
        Thresholds best = new Thresholds(0.5, 0.5, 1.0);
        double bestScore = -1;
        for (double n : GRID) {
            for (double s : GRID) {
                for (double f : FALLBACK) {
                    if (f > n) {
                        continue;
                    }
                    Thresholds t = new Thresholds(n, s, f);
                    double score = score(taxonomy, labels, probabilities, examples, t);
                    if (score > bestScore + 1e-12) {
                        bestScore = score;
                        best = t;
                    }
                }
            }
        }
        return best;
    }

    static double score(Taxonomy taxonomy, List<String> labels, double[][] probabilities,
                        List<NarrativeTrainer.Example> examples, Thresholds t) {
        Set<String> narrativeLabels = new HashSet<>();
        taxonomy.narratives().forEach(e -> narrativeLabels.add(e.label()));
        double sum = 0;
        for (int i = 0; i < examples.size(); i++) {
            Map<String, Double> p = new HashMap<>();
            for (int l = 0; l < labels.size(); l++) {
                p.put(labels.get(l), probabilities[i][l]);
            }
            Set<String> coarse = new HashSet<>();
            Set<String> fine = new HashSet<>();
            for (LabelDecision.Choice c : LabelDecision.decide(taxonomy, p, Set.of(), t)) {
                if (c.label().equals(Taxonomy.OTHER)) {
                    coarse.add(Taxonomy.OTHER);
                    fine.add(Taxonomy.OTHER);
                } else {
                    (c.parent().isEmpty() ? coarse : fine).add(c.label());
                }
            }
            Set<String> gold = examples.get(i).labels();
            sum += f1(gold, coarse, narrativeLabels, true) + f1(gold, fine, narrativeLabels, false);
        }
        return sum / Math.max(1, examples.size());
    }

    /** Per-article F1 at one level; {@code gold} holds both levels' labels, "Other" counting at both. */
    private static double f1(Set<String> gold, Set<String> predicted, Set<String> narrativeLabels, boolean narratives) {
        int g = 0;
        int tp = 0;
        for (String label : gold) {
            boolean atLevel = label.equals(Taxonomy.OTHER) || narrativeLabels.contains(label) == narratives;
            if (atLevel) {
                g++;
                if (predicted.contains(label)) {
                    tp++;
                }
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (g + predicted.size());
    }
}
