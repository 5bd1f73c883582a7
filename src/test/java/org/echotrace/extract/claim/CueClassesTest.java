package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CueClassesTest {
    @Test
    void inflectionsShareAStem() {
        for (String w : new String[] {"argue", "argued", "argues", "arguing"}) {
            assertEquals("argu", CueClasses.stem(w), w);
        }
        for (String w : new String[] {"admit", "admitted", "admits", "admitting"}) {
            assertEquals("admit", CueClasses.stem(w), w);
        }
        assertEquals("deny", CueClasses.stem("denied"));
        assertEquals("deny", CueClasses.stem("denies"));
        assertEquals("say", CueClasses.stem("said"));
        assertEquals("call", CueClasses.stem("called"));
        assertEquals("stress", CueClasses.stem("stresses"));
    }

    @Test
    void aRareCueSharesAClassWithACommonOne() {
        assertTrue(CueClasses.of("lambasted").contains("judge"));
        assertTrue(CueClasses.of("criticized").contains("judge"));
        assertTrue(CueClasses.of("contention").contains("mind-noun"));
        assertTrue(CueClasses.of("suggests").containsAll(java.util.List.of("request", "evidence")));
        assertTrue(CueClasses.of("table").isEmpty());
    }

    @Test
    void onlyACueOfSpeechCarriesTheSpeakerBeforeIt() {
        assertTrue(CueClasses.reportsSpeech("It is also reported"));
        assertTrue(CueClasses.reportsSpeech("was announced"));
        assertFalse(CueClasses.reportsSpeech("was blamed"));
        assertFalse(CueClasses.reportsSpeech("showed"));
    }
}
