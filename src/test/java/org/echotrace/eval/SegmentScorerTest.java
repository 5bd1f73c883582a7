package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScorerTest {
    @Test
    void countsFoundAndMissingSegmentsAfterNormalisingWhitespace() {
        SegmentScorer s = new SegmentScorer();
        s.add(List.of("the  ministry\nsaid", "absent text"), List.of("Subscribe now", "Share"),
                "The text: the ministry said so.\n\nShare this");
        assertEquals(1, s.truePositives());
        assertEquals(1, s.falseNegatives());
        assertEquals(1, s.falsePositives());
        assertEquals(1, s.trueNegatives());
    }

    @Test
    void scoresAFailedExtractionAsFindingNothing() {
        SegmentScorer s = new SegmentScorer();
        s.add(List.of("a", "b"), List.of("c"), null);
        assertEquals(0, s.truePositives());
        assertEquals(2, s.falseNegatives());
        assertEquals(1, s.trueNegatives());
        assertEquals(0.0, s.f1());
    }

    @Test
    void computesMicroAveragedScoresLikeUpstream() {
        SegmentScorer s = new SegmentScorer();
        s.add(List.of("one", "two", "three"), List.of("four"), "one two four");   // tp 2 fn 1 fp 1
        s.add(List.of("five"), List.of("six", "seven"), "five");                  // tp 1 tn 2
        assertEquals(3 / 4.0, s.precision(), 1e-9);
        assertEquals(3 / 4.0, s.recall(), 1e-9);
        assertEquals(5 / 7.0, s.accuracy(), 1e-9);
        assertEquals(2.0 * 3 / (2 * 3 + 1 + 1), s.f1(), 1e-9);
    }

    @Test
    void treatsNonBreakingSpacesAsWhitespaceAsPythonDoes() {
        assertEquals("a b c", SegmentScorer.norm(" a\u00a0\u2009b \t\nc "));
    }
}
