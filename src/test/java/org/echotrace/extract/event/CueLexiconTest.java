package org.echotrace.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CueLexiconTest {
    private static final String LEXICON = "@PROTEST\t\\bprotest\\w*\n"
            + "PEACE_PROTEST\t2.0\t\\bprotest\\w*\n"
            + "ARREST\t3.0\t\\barrest\\w*\t!PROTEST\n"
            + "PROTEST_WITH_INTER\t3.0\t\\barrest\\w*\tPROTEST\n";

    @Test
    void aRuleCountsOnlyWithItsRequiredGroupsPresentAndAbsent() {
        CueLexicon l = CueLexicon.parse("t", LEXICON);
        assertEquals(3.0, l.score("Police arrested the leader.").weights().get(EventType.ARREST));
        CueLexicon.Scores s = l.score("Police arrested Protesters.");
        assertEquals(null, s.weights().get(EventType.ARREST));
        assertEquals(3.0, s.weights().get(EventType.PROTEST_WITH_INTER));
        assertEquals(2.0, s.weights().get(EventType.PEACE_PROTEST));
    }

    @Test
    void aBadRowNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CueLexicon.parse("t", "ARREST\t3.0\t\\barrest\tNOSUCH\n"));
        assertTrue(e.getMessage().startsWith("t:1: unknown cue group NOSUCH"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CueLexicon.parse("t", "PICNIC\t1\tx\n"));
        assertThrows(IllegalArgumentException.class, () -> CueLexicon.parse("t", "ARREST\t1\t(unclosed\n"));
    }

    @Test
    void theShippedLexiconLoads() {
        assertTrue(CueLexicon.load().score("an airstrike hit the town").weights().containsKey(EventType.AIR_STRIKE));
    }
}
