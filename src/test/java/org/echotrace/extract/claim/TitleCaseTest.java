package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Title Case title is read by the tagger in sentence case: function words and reporting verbs lowered, names kept. */
class TitleCaseTest {
    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void reportingVerbsAndFunctionWordsAreLoweredNamesAndAcronymsKept() {
        assertEquals(words("Vetrov says US is Sheltering Militants in Qadira"),
                TitleCase.forTagging(words("Vetrov Says US Is Sheltering Militants in Qadira")));
    }

    @Test
    void aVerbThatIsANounAsOftenKeepsItsCapitalButItsThirdPersonFormIsLowered() {
        assertEquals(words("Border Report Rips the Ministry"), TitleCase.forTagging(words("Border Report Rips The Ministry")));
        assertEquals(words("Karvonian General claims Camp is Empty"),
                TitleCase.forTagging(words("Karvonian General Claims Camp Is Empty")));
    }

    @Test
    void aWordOpeningAClauseAfterAColonKeepsItsCapital() {
        assertEquals(words("Vetrov : West is Arming Militants"), TitleCase.forTagging(words("Vetrov : West Is Arming Militants")));
    }

    @Test
    void sentenceCaseIsLeftAlone() {
        assertFalse(TitleCase.is(words("Vetrov says the camp near the border is empty")));
        assertTrue(TitleCase.is(words("Vetrov Says The Camp Near The Border Is Empty")));
        List<String> plain = words("Vetrov Says the camp near the border is empty");
        assertEquals(plain, TitleCase.forTagging(plain));
    }
}
