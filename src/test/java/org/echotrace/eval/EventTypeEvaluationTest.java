package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventTypeEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void readsTheTaskLayoutWithOrWithoutHeaderAndReportsBadRows() throws IOException {
        Path f = dir.resolve("t.tsv");
        Files.writeString(f, "id\tEventSnippet\tSubType\n1\tWarplanes bombed the town.\tAIR_STRIKE\nbroken row\n"
                + "2\tA suicide bomber blew himself up.\tSUIC_BOMB\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<EventTypeEvaluation.Row> rows = EventTypeEvaluation.read(f, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals(2, rows.size());
        assertEquals("SUIC_BOMB", rows.get(1).gold());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("t.tsv:3: expected id, snippet and label"), log.toString());
    }

    @Test
    void scoresTheCueTyperOnHandWrittenSnippets() throws IOException {
        Path f = dir.resolve("t.tsv");
        Files.writeString(f, "1\tWarplanes bombed the town.\tAIR_STRIKE\n2\tA suicide bomber blew himself up.\tSUIC_BOMB\n"
                + "3\tThe weather was fine.\tPEACE_PROTEST\n");
        Map<String, Object> m = EventTypeEvaluation.run(f, false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(3, m.get("snippets"));
        assertEquals(0.6667, m.get("micro_f1"));
        assertTrue(((Map<?, ?>) m.get("per_class")).containsKey("AIR_STRIKE"));
    }

    @Test
    void aMissingFileIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventTypeEvaluation.run(dir.resolve("none.tsv"), false, System.err));
        assertTrue(e.getMessage().contains("none.tsv"));
    }
}
