package org.echotrace.cluster;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleContextTest {
    private static final List<ClaimPoint> POINTS = List.of(
            Points.point("a", 0, "x", new float[] {1, 0, 0}, Optional.empty()),
            Points.point("a", 1, "y", new float[] {0, 1, 0}, Optional.empty()),
            Points.point("b", 0, "z", new float[] {0, 0, 1}, Optional.empty()));

    private static double cos(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void weightZeroLeavesTheClaimsAsTheyAre() {
        assertSame(POINTS, ArticleContext.apply(POINTS, 0));
    }

    @Test
    void claimsOfOneArticleMoveTowardsEachOtherAndStayUnitLength() {
        List<ClaimPoint> out = ArticleContext.apply(POINTS, 0.5);
        assertEquals(0.0, cos(POINTS.get(0).vector(), POINTS.get(1).vector()), 1e-9);
        assertTrue(cos(out.get(0).vector(), out.get(1).vector()) > 0.3);
        for (ClaimPoint p : out) {
            assertEquals(1.0, cos(p.vector(), p.vector()), 1e-5);
        }
        // A one-claim article's context is the claim itself: its direction does not change.
        assertArrayEquals(new float[] {0, 0, 1}, out.get(2).vector(), 1e-6f);
        assertEquals(0.0, cos(out.get(0).vector(), out.get(2).vector()), 1e-6);
    }

    @Test
    void theResultDoesNotDependOnTheInputOrder() {
        List<ClaimPoint> shuffled = new ArrayList<>(POINTS);
        Collections.reverse(shuffled);
        List<ClaimPoint> a = ArticleContext.apply(POINTS, 0.5);
        List<ClaimPoint> b = ArticleContext.apply(shuffled, 0.5);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).vector(), b.get(a.size() - 1 - i).vector());
            assertEquals(a.get(i).key(), b.get(a.size() - 1 - i).key());
        }
    }
}
