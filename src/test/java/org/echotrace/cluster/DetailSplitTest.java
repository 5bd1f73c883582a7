package org.echotrace.cluster;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetailSplitTest {
    private static final DetailSplit SPLIT = new DetailSplit(DetailSplit.Settings.DEFAULT);

    private static List<String> reports(String... texts) {
        return List.of(texts);
    }

    @Test
    void twoEventsOfOneKindThatNameDifferentPeopleAreCutApart() {
        List<String> g = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            g.add("Saints put Reggie Bush on injured reserve in New Orleans, report " + i);
            g.add("Saints put Pierre Thomas on injured reserve in New Orleans, story " + i);
        }
        List<List<String>> parts = SPLIT.apply(List.of(g), DetailTerms::of);
        assertEquals(2, parts.size(), parts.toString());
        for (List<String> p : parts) {
            assertEquals(4, p.size());
            assertTrue(p.stream().allMatch(t -> t.contains("Bush")) || p.stream().allMatch(t -> t.contains("Thomas")), p.toString());
        }
    }

    @Test
    void oneEventWhoseReportsShareTheirDetailsStaysWhole() {
        List<String> g = reports("Klitschko stopped Rahman in Mannheim on Saturday",
                "Klitschko beat Rahman at the SAP Arena in Mannheim", "In Mannheim Klitschko stopped Rahman",
                "Rahman lost to Klitschko on Saturday", "Klitschko kept the IBF title against Rahman",
                "The IBF champion Klitschko stopped Rahman");
        assertEquals(List.of(g), SPLIT.apply(List.of(g), DetailTerms::of));
    }

    @Test
    void aPartSmallerThanTheMinimumIsNotCutOff() {
        List<String> g = reports("Saints put Bush on IR", "Saints put Bush on IR", "Saints put Bush on IR",
                "Saints put Bush on IR", "Saints put Thomas on IR", "Saints put Thomas on IR");
        assertEquals(1, SPLIT.apply(List.of(g), DetailTerms::of).size());
    }

    @Test
    void contrastRewardsCoverageAndPunishesOverlap() {
        BitSet a = BitSet.valueOf(new long[] {0b0011});
        BitSet b = BitSet.valueOf(new long[] {0b1100});
        BitSet c = BitSet.valueOf(new long[] {0b0110});
        assertEquals(1.0, DetailSplit.contrast(a, b, 4), 1e-9);
        assertEquals(0.25, DetailSplit.contrast(a, c, 4), 1e-9);
    }
}
