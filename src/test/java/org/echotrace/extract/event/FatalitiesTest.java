package org.echotrace.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FatalitiesTest {
    private static Optional<Fatalities.Toll> toll(String s) {
        return Fatalities.find(s, 0, s.length());
    }

    @Test
    void readsTheCountAndItsQualifier() {
        Fatalities.Toll t = toll("At least 21 fighters of the Quds Brigade, a pro-government armed faction, were killed in an ambush.").orElseThrow();
        assertEquals(21, t.count());
        assertEquals(Optional.of("at least"), t.qualifier());
        assertEquals(5, toll("The advance was frustrated, five militants were killed.").orElseThrow().count());
        assertEquals(Optional.of("about"), toll("Shelling killed around 30 civilians.").orElseThrow().qualifier());
        assertEquals(27, toll("The army eliminated 27 militants and destroyed 134 shelters.").orElseThrow().count());
        assertEquals(Optional.of("up to"), toll("Up to 12 people died in the blast.").orElseThrow().qualifier());
    }

    @Test
    void aCountOfPeopleDoingSomethingElseIsNoToll() {
        assertTrue(toll("About 300 militants advanced towards the town.").isEmpty());
        assertTrue(toll("Around 200 U.S. troops are deployed at the garrison.").isEmpty());
        assertTrue(toll("The 55-km zone around the base, where 3 soldiers died,").map(t -> t.count() == 3).orElse(false));
    }
}
