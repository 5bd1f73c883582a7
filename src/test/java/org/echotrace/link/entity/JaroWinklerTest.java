package org.echotrace.link.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {
    @Test
    void theLengthBoundNeverChangesTheAnswer() {
        Random random = new Random(7);
        String letters = "abcdeiklmnorst ";
        int skipped = 0;
        for (int n = 0; n < 20_000; n++) {
            String a = word(random, letters, 1 + random.nextInt(20));
            String b = random.nextInt(3) == 0 ? a.substring(0, 1 + random.nextInt(a.length())) + word(random, letters, random.nextInt(8))
                    : word(random, letters, 1 + random.nextInt(20));
            for (double t : new double[] {0.7, 0.85, 0.93}) {
                boolean full = JaroWinkler.similarity(a, b) >= t;
                assertEquals(full, JaroWinkler.atLeast(a, b, t), a + " / " + b + " at " + t);
                skipped += full ? 0 : 1;
            }
        }
        assertTrue(skipped > 0);
    }

    @Test
    void spellingsOfOneNameAreSimilarAndOthersAreNot() {
        assertTrue(JaroWinkler.atLeast("konashenkov", "konashenkow", 0.93));
        assertFalse(JaroWinkler.atLeast("konashenkov", "konashenkov ministry of defence", 0.93));
        assertEquals(1.0, JaroWinkler.similarity("tass", "tass"));
    }

    private static String word(Random random, String letters, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }
}
