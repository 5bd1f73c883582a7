package org.echotrace.link.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
