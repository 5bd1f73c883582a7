package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureHashTest {
    @Test
    void theSameFeatureGetsTheSameRowAndTemplatesKeepEqualValuesApart() {
        FeatureHash a = new FeatureHash(20);
        a.add("w", "said");
        a.add("w", "said");
        a.add("l", "said");
        a.add("wn", "say", "that");
        a.add("wn", "that", "say");
        int[] ids = a.toArray();
        assertEquals(ids[0], ids[1]);
        assertNotEquals(ids[0], ids[2], "another template, the same value");
        assertNotEquals(ids[3], ids[4], "the order of values counts");
        for (int id : ids) {
            assertTrue(id >= 0 && id < 1 << 20, "row " + id);
        }
    }

    @Test
    void rowsAreFixedAcrossRunsAndSpreadOverTheTable() {
        FeatureHash a = new FeatureHash(16);
        FeatureHash b = new FeatureHash(16);
        Set<Integer> rows = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            a.add("w", "word" + i);
            b.add("w", "word" + i);
        }
        assertArrayEquals(a.toArray(), b.toArray());
        for (int id : a.toArray()) {
            rows.add(id);
        }
        // 2,000 features in 65,536 rows: about 30 pairs expected to share one.
        assertTrue(rows.size() > 1900, rows.size() + " distinct rows");
        a.clear();
        assertEquals(0, a.size());
    }
}
