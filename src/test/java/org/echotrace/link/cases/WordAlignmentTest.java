package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordAlignmentTest {
    private static float[] unit(float... v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(n));
        }
        return out;
    }

    @Test
    void contentWordsAreLowerCasedDistinctAndWithoutStopWords() {
        assertEquals(List.of("vaccine", "kills", "children"), WordAlignment.words("The vaccine kills children, the vaccine!"));
    }

    @Test
    void eachWordMeetsItsMostSimilarWordOnTheOtherSide() {
        WordAlignment a = new WordAlignment();
        a.add(List.of("vaccine", "vaccination", "kills", "weather"),
                List.of(unit(1, 0, 0), unit(0.9f, 0.1f, 0), unit(0, 1, 0), unit(0, 0, 1)));
        float[][] claim = a.of("vaccine kills");
        float[][] near = a.of("vaccination kills");
        float[][] far = a.of("weather");
        assertEquals(1.0, WordAlignment.covered(claim, claim), 1e-6);
        assertTrue(WordAlignment.covered(claim, near) > 0.99);
        assertEquals(0.0, WordAlignment.covered(claim, far), 1e-6);
        assertEquals(0.0, WordAlignment.covered(new float[0][], near), "nothing to align scores 0");
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        WordAlignment a = new WordAlignment();
        a.add(List.of("border", "wall", "colorado"), List.of(unit(1, 0, 0), unit(0, 1, 0), unit(0, 0, 1)));
        a.count("border wall");
        a.count("border wall colorado");
        a.count("border");
        double[] w = a.weights("border colorado", Map.of());
        assertTrue(w[1] > w[0], "colorado is in one text of three, border in all");
        float[][] claim = a.of("border colorado");
        assertTrue(WordAlignment.covered(claim, w, a.of("colorado")) > WordAlignment.covered(claim, a.of("colorado")));
    }

    @Test
    void aWordOutsideTheVocabularyIsReadFromTheExtraVectors() {
        WordAlignment a = new WordAlignment();
        a.add(List.of("hoax"), List.<float[]>of(unit(1, 0)));
        assertEquals(1, a.of("hoax fraud").length);
        assertEquals(2, a.of("hoax fraud", Map.of("fraud", unit(0.8f, 0.2f))).length);
    }
}
