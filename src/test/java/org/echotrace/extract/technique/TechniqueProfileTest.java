package org.echotrace.extract.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.echotrace.model.Technique;
import org.echotrace.model.TechniqueSpan;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class TechniqueProfileTest {
    @Test
    void countsEveryTechniqueWithZerosForTheUnused() {
        Map<Technique, Integer> p = TechniqueProfile.counts(List.of(
                new TechniqueSpan(new TextSpan(0, 4), Technique.DOUBT, 0.7),
                new TechniqueSpan(new TextSpan(9, 12), Technique.LOADED_LANGUAGE, 0.9),
                new TechniqueSpan(new TextSpan(20, 24), Technique.DOUBT, 0.4)));
        assertEquals(Technique.values().length, p.size());
        assertEquals(2, p.get(Technique.DOUBT));
        assertEquals(1, p.get(Technique.LOADED_LANGUAGE));
        assertEquals(0, p.get(Technique.SLOGANS));
        assertEquals(Technique.APPEAL_TO_AUTHORITY, p.keySet().iterator().next());
    }
}
