package org.echotrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.echotrace.model.EntityType;
import org.junit.jupiter.api.Test;

class ViterbiTest {
    @Test
    void neverReturnsAnIllFormedSequenceEvenWhenTheScoresPreferOne() {
        float[][] emit = new float[2][Labels.COUNT];
        emit[0][Labels.of('I', EntityType.PERSON)] = 5;
        emit[1][Labels.of('B', EntityType.PLACE)] = 5;
        float[][] trans = new float[Labels.COUNT + 1][Labels.COUNT];
        int[] best = Viterbi.best(emit, trans);
        assertTrue(Labels.allowed(-1, best[0]));
        assertTrue(Labels.allowed(best[0], best[1]));
        assertTrue(Labels.canEnd(best[1]));
    }

    @Test
    void confidencesAreProbabilitiesAndFollowTheScores() {
        float[][] emit = new float[3][Labels.COUNT];
        emit[0][Labels.of('U', EntityType.PERSON)] = 8;
        emit[1][Labels.O] = 0.1f;
        emit[2][Labels.O] = 8;
        float[][] trans = new float[Labels.COUNT + 1][Labels.COUNT];
        int[] best = Viterbi.best(emit, trans);
        assertEquals(Labels.of('U', EntityType.PERSON), best[0]);
        double[] c = Viterbi.confidence(emit, trans, best);
        assertTrue(c[0] > 0.9 && c[0] <= 1, "confident token: " + c[0]);
        assertTrue(c[1] < 0.5, "uncertain token: " + c[1]);
    }
}
