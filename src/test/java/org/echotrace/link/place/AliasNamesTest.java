package org.echotrace.link.place;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasNamesTest {
    private static boolean near(String alias, String... own) {
        return AliasNames.near(PlaceNames.key(alias), List.of(own).stream().map(PlaceNames::key).toList());
    }

    @Test
    void spellingsOfATownsOwnNameAreNear() {
        assertTrue(near("Kiev", "Kyiv"));
        assertTrue(near("Cologne", "Köln"), "c and k are one consonant");
        assertTrue(near("Al-Karatein", "al-Qaryatayn"));
        assertTrue(near("Vegas", "Las Vegas"), "a word shared, the article set aside");
        assertTrue(near("Petersburg", "Saint Petersburg"));
        assertTrue(near("New Delhi", "Delhi"));
    }

    @Test
    void otherNamesAreFar() {
        assertFalse(near("Google", "Topeka"));
        assertFalse(near("Venice", "Dayton"));
        assertFalse(near("Palmyra", "Tadmur"));
        assertFalse(near("Artemovsk", "Bakhmut"));
        assertFalse(near("Peking", "Beijing"));
        assertFalse(near("The Big Apple", "New York City"));
    }
}
