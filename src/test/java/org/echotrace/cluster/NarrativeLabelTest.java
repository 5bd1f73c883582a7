package org.echotrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A narrative's label reads as a statement: a reported content's opening "that" is dropped. */
class NarrativeLabelTest {
    @Test
    void aReportedContentLosesItsComplementiser() {
        assertEquals("The Aldorian-held zone around Qasr al-Hajar shelters the militants",
                NarrativeDescriber.asStatement("that the Aldorian-held zone around Qasr al-Hajar shelters the militants"));
        assertEquals("Aldorian instructors trained them", NarrativeDescriber.asStatement(" that Aldorian instructors trained them "));
    }

    @Test
    void aStatementOrAThatOfItsOwnStaysAsItIs() {
        assertEquals("That is the camp's only road", NarrativeDescriber.asStatement("That is the camp's only road"),
                "a sentence's own capitalised 'That' names something");
        assertEquals("that much", NarrativeDescriber.asStatement("that much"));
        assertEquals("Thatcher said the camp was empty", NarrativeDescriber.asStatement("Thatcher said the camp was empty"));
    }
}
