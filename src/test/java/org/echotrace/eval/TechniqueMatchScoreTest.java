package org.echotrace.eval;

import static org.echotrace.model.Technique.DOUBT;
import static org.echotrace.model.Technique.LOADED_LANGUAGE;
import static org.echotrace.model.Technique.NAME_CALLING_LABELING;
import static org.echotrace.model.Technique.REPETITION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TechniqueMatchScoreTest {
    @Test
    void microF1IsTheShareOfGoldLinesGuessedWhenEveryLineGetsOneGuess() {
        TechniqueMatchScore score = new TechniqueMatchScore();
        score.add(List.of(LOADED_LANGUAGE), List.of(LOADED_LANGUAGE));
        score.add(List.of(LOADED_LANGUAGE), List.of(NAME_CALLING_LABELING));
        score.add(List.of(DOUBT), List.of(DOUBT));
        score.add(List.of(REPETITION), List.of(LOADED_LANGUAGE));
        assertEquals(0.5, score.microF1(), 1e-12);
    }

    @Test
    void aSpanLabelledTwiceMatchesInAnyOrder() {
        TechniqueMatchScore score = new TechniqueMatchScore();
        score.add(List.of(REPETITION, LOADED_LANGUAGE), List.of(LOADED_LANGUAGE, REPETITION));
        assertEquals(1.0, score.microF1(), 1e-12);
        TechniqueMatchScore same = new TechniqueMatchScore();
        same.add(List.of(LOADED_LANGUAGE, LOADED_LANGUAGE), List.of(LOADED_LANGUAGE, REPETITION));
        assertEquals(0.5, same.microF1(), 1e-12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void perClassFiguresCountEachClassOnItsOwn() {
        TechniqueMatchScore score = new TechniqueMatchScore();
        score.add(List.of(LOADED_LANGUAGE), List.of(LOADED_LANGUAGE));
        score.add(List.of(LOADED_LANGUAGE), List.of(DOUBT));
        Map<String, Object> perClass = (Map<String, Object>) score.metrics().get("per_class");
        Map<String, Object> loaded = (Map<String, Object>) perClass.get("Loaded_Language");
        assertEquals(0.5, loaded.get("precision"));
        assertEquals(1.0, loaded.get("recall"));
        assertEquals(0.0, score.f1(DOUBT), 1e-12);
        assertEquals(14, perClass.size());
    }
}
