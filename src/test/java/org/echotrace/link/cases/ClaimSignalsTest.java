package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimSignalsTest {
    private static double[] shared(String claim, String caseText) {
        return ClaimSignals.of(claim).sharedWith(WordOverlap.of(caseText).words(), ClaimSignals.numbersOf(caseText));
    }

    @Test
    void numbersMeetWhateverTheirThousandsSeparator() {
        ClaimSignals s = ClaimSignals.of("Over 1,000 koalas and 25.0 percent of the forest burned");
        assertEquals(Set.of("1000", "25"), s.numbers());
        assertEquals(1.0, shared("Over 1,000 koalas died", "1000 koalas died in the fires")[0]);
        assertEquals(0.0, shared("Over 1,000 koalas died", "480 million animals died")[0]);
    }

    @Test
    void capitalisedWordsAndTagWordsAreSharesOfWhatTheClaimNames() {
        ClaimSignals s = ClaimSignals.of("Ilhan Omar says the #AustralianFires were set by @PeteButtigieg https://t.co/XyZ");
        assertEquals(Set.of("ilhan", "omar"), s.names());
        assertEquals(Set.of("australian", "fire", "pete", "buttigieg"), s.tags());
        double[] x = shared("Ilhan Omar says the #AustralianFires were set", "Did Ilhan Omar blame arsonists for the Australian fires?");
        assertEquals(1.0, x[1]);
        assertEquals(1.0, x[2]);
    }

    @Test
    void aClaimThatNamesNothingScoresZeroNotNaN() {
        assertArrayEquals(new double[] {0, 0, 0, 0}, shared("", "Anything at all 42"));
        assertEquals(0.5, shared("koalas burned", "koalas were saved")[3]);
    }
}
