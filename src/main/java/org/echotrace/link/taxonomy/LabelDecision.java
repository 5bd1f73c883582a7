package org.echotrace.link.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echotrace.model.TaxonomyLabel.Basis;

/**
 * Turns label probabilities into a consistent set of taxonomy entries.
 *
 * <p>Hierarchy: a sub-narrative given implies its narrative; a narrative given with none of its
 * sub-narratives over threshold gets its most likely sub-narrative ({@code <narrative>: Other}
 * on a tie, as when none is scored); no narrative at all gives the one entry "Other" (at both levels).
 */
final class LabelDecision {
    /** One chosen entry, its probability and why. */
    record Choice(String label, Optional<String> parent, double score, Basis basis) {
    }

    private LabelDecision() {
    }

    /**
     * @param probability probability of every taxonomy entry, by label
     * @param zeroShot    labels scored without training data
     */
    static List<Choice> decide(Taxonomy taxonomy, Map<String, Double> probability, java.util.Set<String> zeroShot,
                               Thresholds t) {
        Map<String, Choice> narratives = new LinkedHashMap<>();
        List<Choice> subs = new ArrayList<>();
        TaxonomyEntry best = null;
        double bestP = -1;
        for (TaxonomyEntry n : taxonomy.narratives()) {
            double p = probability.getOrDefault(n.label(), 0.0);
            if (p > bestP) {
                bestP = p;
                best = n;
            }
            if (p >= t.narrative()) {
                narratives.put(n.label(), choice(n, p, zeroShot));
            }
        }
        for (TaxonomyEntry s : taxonomy.subNarratives()) {
            double p = probability.getOrDefault(s.label(), 0.0);
            if (!s.isOtherOfNarrative() && p >= t.subNarrative()) {
                subs.add(choice(s, p, zeroShot));
                String parent = s.parent().get();
                if (!narratives.containsKey(parent)) {
                    double pp = probability.getOrDefault(parent, 0.0);
                    narratives.put(parent, new Choice(parent, Optional.empty(), Math.max(pp, p), Basis.IMPLIED));
                }
            }
        }
        if (narratives.isEmpty() && best != null && bestP >= t.fallback()) {
            narratives.put(best.label(), choice(best, bestP, zeroShot));
        }
        List<Choice> out = new ArrayList<>();
        if (narratives.isEmpty()) {
            double none = 1 - Math.max(0, bestP);
            out.add(new Choice(Taxonomy.OTHER, Optional.empty(), none, Basis.OTHER));
            return out;
        }
        out.addAll(narratives.values());
        for (String n : narratives.keySet()) {
            boolean has = subs.stream().anyMatch(s -> s.parent().get().equals(n));
            if (!has) {
                TaxonomyEntry top = null;
                double topP = -1;
                for (TaxonomyEntry s : taxonomy.subNarrativesOf(n)) {
                    double p = probability.getOrDefault(s.label(), 0.0);
                    if (p > topP || (p == topP && s.isOtherOfNarrative())) {
                        topP = p;
                        top = s;
                    }
                }
                if (top != null) {
                    subs.add(choice(top, topP, zeroShot));
                }
            }
        }
        out.addAll(subs);
        return out;
    }

    private static Choice choice(TaxonomyEntry e, double p, java.util.Set<String> zeroShot) {
        Basis basis = e.isOtherOfNarrative() ? Basis.OTHER : zeroShot.contains(e.label()) ? Basis.ZERO_SHOT : Basis.TRAINED;
        return new Choice(e.label(), e.parent(), p, basis);
    }
}
