package org.echotrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalyzeEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static List<JsonNode> export(Path work, String store) throws Exception {
        EchotraceProcess.Result r = EchotraceProcess.run(work, "export", "articles", "--store", store, "--out", "out.jsonl");
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("out.jsonl"), StandardCharsets.UTF_8)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    @Test
    void analyzesTheSeedsIntoFiveArticlesWhoseSegmentsPointIntoTheOriginal() throws Exception {
        Path seeds = SharedData.seeds();
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "analyze", seeds.toString(), "--store", "s");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("articles stored   5"), r.out());
        List<JsonNode> rows = export(tmp, "s");
        assertEquals(5, rows.size());
        for (JsonNode a : rows) {
            String text = a.get("text").asText();
            Path original = Path.of(a.get("source").asText());
            assertEquals(Files.readString(original, StandardCharsets.UTF_8), text, "text is the original");
            assertFalse(a.get("body").asText().isBlank(), a.get("source").asText());
            StringBuilder body = new StringBuilder();
            for (JsonNode s : a.get("segments")) {
                int start = s.get("start").asInt();
                int end = s.get("end").asInt();
                assertTrue(0 <= start && start < end && end <= text.length(), s.toString());
                assertEquals(text.substring(start, end), text.substring(start, end).strip(), "segments are trimmed");
                if (List.of("body", "standfirst", "subheading").contains(s.get("kind").asText())) {
                    body.append(body.isEmpty() ? "" : "\n\n").append(text, start, end);
                }
            }
            assertEquals(a.get("body").asText(), body.toString(), "body is its segments, in order");
            assertEquals(16, a.get("id").asText().length());
        }
    }

    @Test
    void reanalyzingTheSameFilesStoresNothingNewAndSaysSo() throws Exception {
        Articles.write(tmp.resolve("in"), 0, 30);
        EchotraceProcess.Result first = EchotraceProcess.run(tmp, "analyze", "in", "--store", "s");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("articles stored   30"), first.out());
        List<JsonNode> before = export(tmp, "s");

        EchotraceProcess.Result again = EchotraceProcess.run(tmp, "analyze", "in", "--store", "s");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("articles stored   0"), again.out());
        assertTrue(again.out().contains("unchanged         30"), again.out());
        assertTrue(again.out().contains("Nothing new"), again.out());
        assertEquals(before, export(tmp, "s"), "the export is byte-for-byte the same");
    }

    @Test
    void aCopyOfAnArticleUnderAnotherNameIsStoredOnceWithBothSources() throws Exception {
        Path in = tmp.resolve("in");
        Articles.write(in, 0, 2);
        Files.copy(in.resolve("art-00000.txt"), in.resolve("copy.txt"));
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "analyze", "in", "--store", "s");
        assertTrue(r.out().contains("articles stored   2"), r.out());
        assertTrue(r.out().contains("unchanged         1"), r.out());
        JsonNode first = export(tmp, "s").stream()
                .filter(a -> a.get("sources").size() == 2).findFirst().orElseThrow();
        assertEquals("[\"in/art-00000.txt\",\"in/copy.txt\"]", first.get("sources").toString());
    }

    @Test
    void searchFindsStoredArticlesByTheirBody() throws Exception {
        Articles.write(tmp.resolve("in"), 0, 5);
        EchotraceProcess.run(tmp, "analyze", "in", "--store", "s");
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "search", "reservoir", "--store", "s");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("in/art-"), r.out());
    }
}
