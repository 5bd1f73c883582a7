package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationScorerTest {
    /** Feature 0 is a bias every example has; feature 1 marks right relations, feature 2 wrong ones, 3 is noise. */
    private static List<RelationScorer.Examples> data() {
        List<RelationScorer.Example> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(new RelationScorer.Example(new int[] {0, 1, 3 + i % 2}, true));
            items.add(new RelationScorer.Example(new int[] {0, 2, 3 + i % 2}, false));
        }
        return List.of(new RelationScorer.Examples(items));
    }

    @Test
    void aFeatureThatMarksRightRelationsRaisesTheirProbability() {
        RelationScorer s = RelationScorer.train(data(), 5, 1, 0.5, 0);
        assertTrue(s.probability(new int[] {0, 1, 3}, 3) > 0.8);
        assertTrue(s.probability(new int[] {0, 2, 3}, 3) < 0.2);
        assertEquals(0.5, s.probability(new int[] {5}, 1), 1e-9, "a feature never seen weighs nothing");
    }

    @Test
    void theSameExamplesAndSeedGiveTheSameWeights() throws Exception {
        assertArrayEquals(bytes(RelationScorer.train(data(), 3, 7, 0.4, 2)), bytes(RelationScorer.train(data(), 3, 7, 0.4, 2)));
    }

    @Test
    void theScorerSurvivesBeingWrittenAndRead() throws Exception {
        RelationScorer s = RelationScorer.train(data(), 3, 7, 0.4, 2);
        RelationScorer back = RelationScorer.read(new DataInputStream(new ByteArrayInputStream(bytes(s))));
        assertEquals(0.4, back.threshold());
        assertEquals(2, back.bias());
        assertEquals(s.probability(new int[] {0, 1, 4}, 3), back.probability(new int[] {0, 1, 4}, 3));
        assertFalse(RelationScorer.read(new DataInputStream(new ByteArrayInputStream(bytes(RelationScorer.NONE)))).active());
    }

    private static void assertArrayEquals(byte[] a, byte[] b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
    }

    private static byte[] bytes(RelationScorer s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(out)) {
            s.write(d);
        }
        return out.toByteArray();
    }
}
