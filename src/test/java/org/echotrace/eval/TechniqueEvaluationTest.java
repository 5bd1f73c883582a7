package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.echotrace.model.Technique;
import org.junit.jupiter.api.Test;

class TechniqueEvaluationTest {
    @Test
    void foldsAreBalancedAndTheSameForTheSameSeed() {
        int[] folds = org.echotrace.link.taxonomy.NarrativeTrainer.folds(23, 5, 42);
        int[] sizes = new int[5];
        for (int f : folds) {
            sizes[f]++;
        }
        assertArrayEquals(new int[] {5, 5, 5, 4, 4}, sizes);
        assertArrayEquals(folds, org.echotrace.link.taxonomy.NarrativeTrainer.folds(23, 5, 42));
    }

    @Test
    void aSpanLabelledTwiceGetsItsTwoMostProbableTechniques() {
        double[] p = new double[Technique.values().length];
        p[Technique.DOUBT.ordinal()] = 0.2;
        p[Technique.LOADED_LANGUAGE.ordinal()] = 0.5;
        p[Technique.REPETITION.ordinal()] = 0.3;
        assertEquals(List.of(Technique.LOADED_LANGUAGE, Technique.REPETITION), TechniqueEvaluation.top(p, 2));
        assertEquals(List.of(Technique.LOADED_LANGUAGE), TechniqueEvaluation.top(p, 1));
    }
}
