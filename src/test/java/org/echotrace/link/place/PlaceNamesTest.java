package org.echotrace.link.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    @Test
    void dropsTheArticleHowEverItIsWritten() {
        assertEquals("tanf", PlaceNames.key("al-Tanf"));
        assertEquals("tanf", PlaceNames.key("At Tanf"));
        assertEquals("tanf", PlaceNames.key("Al-Tanf"));
        assertEquals("qaryatayn", PlaceNames.key("Al Qaryatayn"));
    }

    @Test
    void foldsDiacriticsPunctuationAndTheFinalH() {
        assertEquals("albu kamal", PlaceNames.key("Ālbū Kamāl"));
        assertEquals(PlaceNames.key("al-Sukhnah"), PlaceNames.key("Sukhna"));
        assertEquals("deir ez zor", PlaceNames.key("Deir ez-Zor"));
    }

    @Test
    void transliterationsShareTheirSkeleton() {
        assertEquals(PlaceNames.skeleton(PlaceNames.key("al-Qaryatayn")), PlaceNames.skeleton(PlaceNames.key("Al-Karatein")));
        assertEquals(PlaceNames.skeleton(PlaceNames.key("Deir ez-Zor")), PlaceNames.skeleton(PlaceNames.key("Deir Ezzor")));
        assertEquals(PlaceNames.skeleton(PlaceNames.key("Deir ez-Zor")), PlaceNames.skeleton(PlaceNames.key("Dayr az Zawr")));
        assertNotEquals(PlaceNames.skeleton(PlaceNames.key("Homs")), PlaceNames.skeleton(PlaceNames.key("Hama")));
    }

    @Test
    void aNameInAnotherScriptHasNoKey() {
        assertEquals("", PlaceNames.key("حمص"));
        assertEquals("", PlaceNames.key("Хомс"));
    }
}
