package org.echotrace.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Snippets written by us, one per act the cue lexicon must tell apart. */
class EventTyperTest {
    private static final EventTyper TYPER = new EventTyper();

    private static EventType type(String snippet) {
        return TYPER.type(snippet).type();
    }

    @Test
    void tellsViolentActsApart() {
        assertEquals(EventType.AIR_STRIKE, type("Warplanes bombed a market in the north of the province, killing four."));
        assertEquals(EventType.ART_MISS_ATTACK, type("Rebels fired mortars and rockets at the army base overnight."));
        assertEquals(EventType.REM_EXPLOS, type("A roadside bomb exploded under a police vehicle on the highway."));
        assertEquals(EventType.SUIC_BOMB, type("A suicide bomber blew himself up at a checkpoint."));
        assertEquals(EventType.ARMED_CLASH, type("Soldiers and insurgents clashed for hours near the border town."));
        assertEquals(EventType.ABDUCT_DISSAP, type("Unknown gunmen kidnapped two aid workers from their car."));
        assertEquals(EventType.GOV_REGAINS_TERIT, type("Government forces recaptured the town from the militants."));
    }

    @Test
    void tellsProtestsFromTheirSuppression() {
        assertEquals(EventType.PEACE_PROTEST, type("Hundreds of teachers held a peaceful rally demanding higher pay."));
        assertEquals(EventType.PROTEST_WITH_INTER, type("Police fired tear gas to disperse students protesting fees."));
        assertEquals(EventType.FORCE_AGAINST_PROTEST, type("Security forces opened fire on protesters, killing three of them."));
        assertEquals(EventType.VIOL_DEMONSTR, type("Demonstrators torched tyres and threw stones at the town hall."));
    }

    @Test
    void typesTheUnseenTypesToo() {
        assertEquals(EventType.NATURAL_DISASTER, type("A strong earthquake struck the region, destroying homes."));
        assertEquals(EventType.ORG_CRIME, type("Customs officers seized two tonnes of cocaine from smugglers at the port."));
        assertEquals(EventType.ATTRIB, type("The group claimed responsibility for the bombing in a statement."));
        assertEquals(EventType.AGREEMENT, type("The two sides signed a ceasefire agreement in the capital."));
    }

    @Test
    void aSnippetWithoutACueIsNotAnEventByCue() {
        EventTyper.Typing t = TYPER.type("The weather was fine and the shops were open.");
        assertFalse(t.byCue());
        assertTrue(TYPER.type("Militants ambushed an army patrol.").byCue());
    }

    @Test
    void everyTypeMapsToAcledVocabulary() {
        for (EventType t : EventType.values()) {
            assertFalse(t.acledType().isBlank());
            assertFalse(t.acledSubType().isBlank());
            assertFalse(t.definition().isBlank());
        }
        assertEquals("Explosions/Remote violence", EventType.AIR_STRIKE.acledType());
        assertEquals("Air/drone strike", EventType.AIR_STRIKE.acledSubType());
    }
}
