package org.echotrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalNarrativesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void crossValidatesOnATinySetInTheTaskLayoutAndEndsWithOneJsonLine() throws Exception {
        writeTinySet(tmp.resolve("data"));
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "eval", "narratives", "--data", "data", "--lang", "XX",
                "--cv", "2", "--predictions", "pred.tsv");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        JsonNode m = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals(12, m.get("articles").asInt());
        double coarse = m.get("narratives_f1").asDouble();
        assertTrue(coarse >= 0 && coarse <= 1, r.out());
        assertTrue(m.has("subnarratives_f1") && m.has("peak_heap_mb") && m.has("seconds"), r.out());
        assertEquals(12, Files.readAllLines(tmp.resolve("pred.tsv")).size());
        assertTrue(Files.isRegularFile(tmp.resolve("target/embedding-cache/semeval2025-task10-XX.bin")), "vectors cached");
    }

    @Test
    void anotherSplitIsScoredHeldOutByAModelTrainedOnTrain() throws Exception {
        writeTinySet(tmp.resolve("data"));
        Path dev = Files.createDirectories(tmp.resolve("data/dev/XX/raw-documents"));
        Files.writeString(dev.resolve("XX_d.txt"), "Fair\n\nThe village fair opened on Sunday. Children enjoyed it.\n");
        Files.writeString(dev.getParent().resolve("subtask-2-annotations.txt"), "XX_d.txt\tOther\tOther\n");
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "eval", "narratives", "--data", "data", "--lang", "XX",
                "--split", "dev", "--no-embeddings");
        assertEquals(0, r.exit(), r.err());
        JsonNode m = new ObjectMapper().readTree(r.out().strip());
        assertEquals(1, m.get("articles").asInt());
        assertTrue(m.get("protocol").asText().contains("held-out dev/XX"), r.out());
    }

    @Test
    void scoringTheTrainSplitWithoutFoldsIsAUsageProblemNamedAsSuch() throws Exception {
        writeTinySet(tmp.resolve("data"));
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "eval", "narratives", "--data", "data", "--lang", "XX",
                "--cv", "1", "--no-embeddings");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("needs --cv K with K >= 2"), r.err());
    }

    @Test
    void aMissingSplitIsNamed() throws Exception {
        writeTinySet(tmp.resolve("data"));
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "eval", "narratives", "--data", "data", "--lang", "XX",
                "--split", "dev", "--no-embeddings");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no subtask-2-annotations.txt at data/dev/XX/subtask-2-annotations.txt"), r.err());
    }

    private static void writeTinySet(Path data) throws IOException {
        Path docs = Files.createDirectories(data.resolve("train/XX/raw-documents"));
        Files.writeString(data.resolve("subtask2_narratives.txt"), "CC: Alarm\nOther\nURW: Praise");
        Files.writeString(data.resolve("subtask2_subnarratives.txt"), "CC: Alarm: Doom\nCC: Alarm: Other\nURW: Praise: Army\nOther");
        StringBuilder gold = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String id = "XX_" + i + ".txt";
            String text;
            String labels;
            if (i % 3 == 0) {
                text = "Climate doom\n\nThe planet will soon be uninhabitable. Scientists warn of collapse and doom.";
                labels = "CC: Alarm\tCC: Alarm: Doom";
            } else if (i % 3 == 1) {
                text = "Army praised\n\nThe Russian army is the strongest in the world. Its soldiers win every battle.";
                labels = "URW: Praise\tURW: Praise: Army";
            } else {
                text = "Local fair\n\nThe village fair opened on Saturday. Children enjoyed the rides.";
                labels = "Other\tOther";
            }
            Files.writeString(docs.resolve(id), text + " Note " + i + ".\n");
            gold.append(id).append('\t').append(labels).append("\r\n");
        }
        Files.writeString(data.resolve("train/XX/subtask-2-annotations.txt"), gold);
    }
}
