package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClassificationScoreTest {
    @Test
    void scoresAsScikitLearnsReportDoes() {
        // gold A A A B, predicted A A B B: A p=1 r=2/3 f=0.8 (support 3); B p=1/2 r=1 f=2/3 (support 1)
        ClassificationScore s = new ClassificationScore();
        s.add("A", "A");
        s.add("A", "A");
        s.add("A", "B");
        s.add("B", "B");
        assertEquals(0.75, s.micro(), 1e-9);
        assertEquals((0.8 + 2.0 / 3) / 2, s.macro(), 1e-9);
        assertEquals((3 * 0.8 + 1 * 2.0 / 3) / 4, s.weighted(), 1e-9);
        assertEquals(3, s.perClass().get("A").get("support"));
        assertEquals(0.6667, s.perClass().get("B").get("f1"));
    }

    @Test
    void aClassOnlyPredictedCountsInTheMacroMeanButNotTheWeightedOne() {
        ClassificationScore s = new ClassificationScore();
        s.add("A", "A");
        s.add("A", "C");
        // A: p=1 r=1/2 f=2/3; C: f=0, support 0
        assertEquals((2.0 / 3) / 2, s.macro(), 1e-9);
        assertEquals(2.0 / 3, s.weighted(), 1e-9);
    }

    @Test
    void nothingScoredIsZero() {
        ClassificationScore s = new ClassificationScore();
        assertEquals(0, s.weighted());
        assertEquals(0, s.macro());
        assertEquals(0, s.micro());
    }
}
