package org.echotrace.link.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void theArabicArticleAndItsSpellingsAreIgnored() {
        assertEquals(NameKey.of("al-Tanf"), NameKey.of("At Tanf"));
        assertEquals(NameKey.of("al-Tanf"), NameKey.of("Al-Tanf"));
        assertEquals(NameKey.of("Deir ez-Zor"), NameKey.of("Deir Ezzor"));
    }

    @Test
    void vowelsTransliterationsDisagreeOnMeetInTheSkeleton() {
        assertEquals(NameKey.skeleton("al-Qaryatayn"), NameKey.skeleton("Al-Karatein"));
        assertEquals(NameKey.skeleton("Deir ez-Zor"), NameKey.skeleton("Deir al-Zour"));
        assertEquals(NameKey.skeleton("Hezbollah"), NameKey.skeleton("Hizbullah"));
    }

    @Test
    void britishAndAmericanSpellingsAndWordOrderMeet() {
        assertEquals(NameKey.of("Russian Defence Ministry"), NameKey.of("Russian Defense Ministry"));
        assertEquals(NameKey.of("Russian Defence Ministry"), NameKey.of("Russian Ministry of Defence"));
        assertEquals(NameKey.of("Russian Reconciliation Center"), NameKey.of("Russian Centre for Reconciliation"));
        assertEquals(NameKey.of("Russia's Defense Ministry"), NameKey.of("Russian Defense Ministry"));
    }

    @Test
    void differentPlacesKeepDifferentKeys() {
        assertNotEquals(NameKey.skeleton("Homs"), NameKey.skeleton("Hama"));
        assertNotEquals(NameKey.of("Raqqa"), NameKey.of("Daraa"));
        assertNotEquals(NameKey.of("Russian Aerospace Forces"), NameKey.of("Syrian Aerospace Forces"));
    }
}
