package org.echotrace.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BCubedTest {
    @Test
    void aPerfectClusteringScoresOne() {
        BCubed.Score s = BCubed.score(Map.of("a", "X", "b", "X", "c", "Y"), Map.of("a", "1", "b", "1", "c", "2"));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(1.0, s.recall(), 1e-12);
        assertEquals(1.0, s.f1(), 1e-12);
    }

    @Test
    void oneClusterForAllKeepsRecallAndLosesPrecision() {
        // classes {a,b} {c,d}; one cluster of four: each item's cluster is half its class.
        BCubed.Score s = BCubed.score(Map.of("a", "X", "b", "X", "c", "Y", "d", "Y"),
                Map.of("a", "1", "b", "1", "c", "1", "d", "1"));
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(1.0, s.recall(), 1e-12);
        assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-12);
    }

    @Test
    void singletonsKeepPrecisionAndLoseRecall() {
        // class {a,b,c}: each singleton holds a third of its class.
        BCubed.Score s = BCubed.score(Map.of("a", "X", "b", "X", "c", "X"), Map.of("a", "1", "b", "2", "c", "3"));
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(1 / 3.0, s.recall(), 1e-12);
    }

    @Test
    void aMixedCaseMatchesTheHandComputation() {
        // gold {a,b,c} {d}; predicted {a,b} {c,d}.
        // precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3.
        BCubed.Score s = BCubed.score(Map.of("a", "X", "b", "X", "c", "X", "d", "Y"),
                Map.of("a", "1", "b", "1", "c", "2", "d", "2"));
        assertEquals(0.75, s.precision(), 1e-12);
        assertEquals(2 / 3.0, s.recall(), 1e-12);
        assertEquals(2 * 0.75 * (2 / 3.0) / (0.75 + 2 / 3.0), s.f1(), 1e-12);
        assertEquals(4, s.items());
    }

    @Test
    void anItemWithoutClusterIsAnError() {
        assertThrows(NullPointerException.class, () -> BCubed.score(Map.of("a", "X"), Map.of("b", "1")));
    }
}
