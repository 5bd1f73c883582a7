package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEntitiesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void scoresACoNLLFileAndEndsWithOneJsonLine() throws Exception {
        Files.writeString(tmp.resolve("tiny.conll"), """
                -DOCSTART- O

                Igor B-PER
                Konashenkov I-PER
                visited O
                Moscow B-LOC
                . O
                """);
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "eval", "entities", "--data", "tiny.conll");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        JsonNode m = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals(2, m.get("gold").asInt());
        assertEquals(5, m.get("tokens").asInt());
        assertTrue(m.get("f1").asDouble() >= 0 && m.get("f1").asDouble() <= 1);
        assertTrue(m.get("per_type").has("PERSON"), m.toString());
    }

    @Test
    void aMissingOrMalformedFileIsNamed() throws Exception {
        EchotraceProcess.Result missing = EchotraceProcess.run(tmp, "eval", "entities", "--data", "none.conll");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no CoNLL file at none.conll"), missing.err());
        Files.writeString(tmp.resolve("bad.conll"), "Igor B-PER\nKonashenkov\n");
        EchotraceProcess.Result bad = EchotraceProcess.run(tmp, "eval", "entities", "--data", "bad.conll");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("bad.conll:2"), bad.err());
    }
}
