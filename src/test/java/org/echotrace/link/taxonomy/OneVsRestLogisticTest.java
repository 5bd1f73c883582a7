package org.echotrace.link.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OneVsRestLogisticTest {
    @Test
    void learnsTwoIndependentLabelsFromTheirFeatures() {
        Random r = new Random(7);
        List<float[]> rows = new ArrayList<>();
        boolean[][] y = new boolean[60][2];
        for (int i = 0; i < 60; i++) {
            float[] x = new float[20];
            for (int f = 0; f < x.length; f++) {
                x[f] = (float) (r.nextGaussian() * 0.1);
            }
            y[i][0] = i % 2 == 0;
            y[i][1] = i % 5 == 0;
            x[0] += y[i][0] ? 0.5f : -0.5f;
            x[1] += y[i][1] ? 0.5f : -0.5f;
            rows.add(x);
        }
        OneVsRestLogistic.Fit fit = new OneVsRestLogistic(1e-3, 0.5, 200).fit(rows, y);
        int right = 0;
        for (int i = 0; i < 60; i++) {
            for (int l = 0; l < 2; l++) {
                right += (fit.probability(l, rows.get(i)) >= 0.5) == y[i][l] ? 1 : 0;
            }
        }
        assertTrue(right >= 118, right + " of 120 decisions right");
        assertTrue(fit.weights()[0][0] > 0 && fit.weights()[1][1] > 0, "each label leans on its own feature");
        assertTrue(Math.abs(fit.weights()[0][1]) < fit.weights()[0][0], "and less on the other's");
    }

    @Test
    void theSameDataGivesTheSameWeights() {
        List<float[]> rows = List.of(new float[] {1, 0}, new float[] {0, 1}, new float[] {1, 1}, new float[] {0, 0});
        boolean[][] y = {{true}, {false}, {true}, {false}};
        OneVsRestLogistic lr = new OneVsRestLogistic(1e-2, 0, 50);
        assertArrayEquals(lr.fit(rows, y).weights()[0], lr.fit(rows, y).weights()[0]);
    }
}
