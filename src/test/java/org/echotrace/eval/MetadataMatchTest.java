package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataMatchTest {
    @Test
    void normalisedMatchIgnoresCaseSpacesAndEdgePunctuation() {
        MetadataMatch m = new MetadataMatch();
        assertTrue(m.add(Optional.of("JSON parsing:  simdjson"), "json parsing: simdjson."));
        assertTrue(m.add(Optional.of("Daniel Lemire"), "Daniel Lemire"));
        assertTrue(m.add(Optional.empty(), ""));
        assertFalse(m.add(Optional.of("Someone"), ""));
        assertEquals(0.5, m.metrics().get("exact_accuracy"));
        assertEquals(0.75, m.metrics().get("normalised_accuracy"));
    }
}
