package org.echotrace.link.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcronymsTest {
    @Test
    void findsDefinitionsInBothOrders() {
        Map<String, String> d = Acronyms.definedIn(
                "backed by the Kurdish-led Syrian Democratic Forces (SDF) and NDF (National Defence Forces) units");
        assertEquals("Syrian Democratic Forces", d.get("SDF"));
        assertEquals("National Defence Forces", d.get("NDF"));
    }

    @Test
    void minorWordsMaySpellALetterOrBeSkipped() {
        assertTrue(Acronyms.abbreviates("MoD", "Ministry of Defence"));
        assertTrue(Acronyms.abbreviates("ISIL", "Islamic State of Iraq and the Levant"));
        assertTrue(Acronyms.abbreviates("HTS", "Hayat Tahrir al-Sham"));
    }

    @Test
    void aParenthesisThatIsNotAnAcronymIsNoDefinition() {
        assertTrue(Acronyms.definedIn("the Russian Aerospace Forces (Video) struck").isEmpty());
        assertFalse(Acronyms.abbreviates("SAA", "Syrian Democratic Forces"));
    }

    @Test
    void aBlobOfLettersIsReadInOnePass() {
        // An inlined base64 image in scraped text: 200,000 letters with no space. The unbounded pattern
        // read it from each letter to its end (five minutes); bounded, it is milliseconds. The limit
        // is a hundred times that, a guard against the quadratic case, not a speed target.
        String blob = "A".repeat(100_000) + "b".repeat(100_000);
        String text = blob + " The Syrian Democratic Forces (SDF) said. " + blob + " (SDF)";
        Map<String, String> d = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Acronyms.definedIn(text));
        assertEquals(Map.of("SDF", "Syrian Democratic Forces"), d);
    }
}
