package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplesF1Test {
    private final SamplesF1 scorer = new SamplesF1(List.of("A", "B", "C", "Other", ""));

    @Test
    void perArticleF1IsTheBinaryF1OfTheTwoSets() {
        assertEquals(1.0, scorer.f1(List.of("A", "B"), List.of("B", "A")), 1e-12);
        assertEquals(2.0 * 1 / (2 + 1), scorer.f1(List.of("A", "B"), List.of("A")), 1e-12);
        assertEquals(2.0 * 1 / (1 + 3), scorer.f1(List.of("A"), List.of("A", "B", "C")), 1e-12);
        assertEquals(0.0, scorer.f1(List.of("A"), List.of("B")), 1e-12);
    }

    @Test
    void otherMatchingOtherScoresOne() {
        assertEquals(1.0, scorer.f1(List.of("Other"), List.of("Other")), 1e-12);
    }

    @Test
    void labelsOutsideTheClassListAreIgnoredAndRepeatsCountOnce() {
        assertEquals(1.0, scorer.f1(List.of("A", "A"), List.of("A", "Z")), 1e-12);
        assertEquals(0.0, scorer.f1(List.of("Z"), List.of("Z")), 1e-12, "nothing kept on either side is 0, not 1");
        assertEquals(0.0, scorer.f1(List.of(), List.of()), 1e-12);
    }

    @Test
    void meanAndPopulationStandardDeviationOverArticles() {
        scorer.add(List.of("A"), List.of("A"));
        scorer.add(List.of("A"), List.of("B"));
        scorer.add(List.of("A", "B"), List.of("A"));
        double third = 2.0 / 3;
        double mean = (1 + 0 + third) / 3;
        assertEquals(mean, scorer.mean(), 1e-12);
        double var = ((1 - mean) * (1 - mean) + mean * mean + (third - mean) * (third - mean)) / 3;
        assertEquals(Math.sqrt(var), scorer.std(), 1e-12);
        assertEquals(3, scorer.count());
    }
}
