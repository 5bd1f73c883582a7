package org.echotrace.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DetailTermsTest {
    @Test
    void namesAndFiguresAreDetailsButASentenceStartIsNot() {
        assertEquals(List.of("hasim", "rahman", "mannheim", "52", "saturday"),
                DetailTerms.of("Klitschko beat Hasim Rahman in Mannheim with 52 wins. He fought on Saturday."));
    }

    @Test
    void innerPunctuationIsDroppedFromATerm() {
        assertEquals(List.of("champselysees", "45-7-2".replace("-", "")), DetailTerms.of("near the Champs-Elysees, 45-7-2 record"));
    }
}
