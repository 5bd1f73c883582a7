package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A dateline glued to a paragraph's lead is cut off it; a date in the story's own words is not. */
class DatelinesTest {
    private static String lead(String paragraph) {
        return paragraph.substring(Datelines.leadStart(paragraph));
    }

    @Test
    void aDatelineOpeningTheParagraphIsCut() {
        assertEquals("Syria attack symptoms consistent with nerve agent use.", lead("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use."));
        assertEquals("State media says rebels hit a school.", lead("Date of publication 27 October 2016 State media says rebels hit a school."));
        assertEquals("\"We were hit,\" he said.", lead("Thursday, April 6, 2017 10:42 GMT \"We were hit,\" he said."));
        assertEquals("A bomb blast killed 12.", lead("2017-04-19 – A bomb blast killed 12."));
    }

    @Test
    void aDateInTheStorysOwnWordsStays() {
        String[] own = {"On 5 April 2017 the army said it had taken the town.", "5 April 2017 saw the heaviest fighting.",
                "April 2017 The army said ...", "Wed 05 Apr 2017", "The army said on 5 April 2017 that it had won."};
        for (String p : own) {
            assertEquals(p, lead(p));
        }
    }
}
