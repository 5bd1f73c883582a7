package org.echotrace.link.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echotrace.model.TaxonomyLabel.Basis;
import org.junit.jupiter.api.Test;

class LabelDecisionTest {
    private static final Taxonomy T = new Taxonomy(
            List.of(narrative("A"), narrative("B")),
            List.of(sub("A", "A: x"), sub("A", "A: y"), sub("A", "A: Other"), sub("B", "B: z")));
    private static final Thresholds AT_HALF = new Thresholds(0.5, 0.5, 0.3);

    @Test
    void aSubNarrativeImpliesItsNarrative() {
        List<LabelDecision.Choice> c = LabelDecision.decide(T, Map.of("A", 0.2, "A: x", 0.9), Set.of(), AT_HALF);
        assertEquals(List.of("A", "A: x"), labels(c));
        assertEquals(Basis.IMPLIED, c.get(0).basis());
        assertEquals(0.9, c.get(0).score(), 1e-9);
    }

    @Test
    void aNarrativeWithoutSubNarrativeGetsItsLikeliestOne() {
        assertEquals(List.of("A", "A: Other"),
                labels(LabelDecision.decide(T, Map.of("A", 0.8, "A: x", 0.1, "A: Other", 0.3), Set.of(), AT_HALF)));
        assertEquals(List.of("A", "A: y"),
                labels(LabelDecision.decide(T, Map.of("A", 0.8, "A: y", 0.4, "A: Other", 0.3), Set.of(), AT_HALF)));
    }

    @Test
    void noNarrativeIsOtherUnlessTheLikeliestReachesTheFallback() {
        assertEquals(List.of("Other"), labels(LabelDecision.decide(T, Map.of("A", 0.2, "B", 0.25), Set.of(), AT_HALF)));
        assertEquals(List.of("B", "B: z"), labels(LabelDecision.decide(T, Map.of("A", 0.2, "B", 0.35), Set.of(), AT_HALF)));
    }

    @Test
    void anOtherSubNarrativeAloneDoesNotImplyItsNarrative() {
        assertEquals(List.of("Other"), labels(LabelDecision.decide(T, Map.of("A: Other", 0.9), Set.of(), AT_HALF)));
    }

    @Test
    void zeroShotEntriesSaySo() {
        List<LabelDecision.Choice> c = LabelDecision.decide(T, Map.of("B", 0.7, "B: z", 0.6), Set.of("B: z"), AT_HALF);
        assertEquals(List.of(Basis.TRAINED, Basis.ZERO_SHOT), c.stream().map(LabelDecision.Choice::basis).toList());
    }

    private static List<String> labels(List<LabelDecision.Choice> c) {
        return c.stream().map(LabelDecision.Choice::label).toList();
    }

    static TaxonomyEntry narrative(String label) {
        return new TaxonomyEntry(label, Optional.empty(), label);
    }

    static TaxonomyEntry sub(String parent, String label) {
        return new TaxonomyEntry(label, Optional.of(parent), label);
    }
}
