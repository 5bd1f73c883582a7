package org.echotrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole pipeline, ingest to export, pinned on the demo corpus and the seeds. Regenerate with
 * {@code -Dechotrace.regenerate=true} and review the diff. The seeds' golden file holds ids,
 * offsets and labels only, never their text.
 */
class GoldenExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    @Test
    void theDemoCorpusExportsAsPinned() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("examples/demo"))) {
            files = s.map(Path::toString).filter(p -> p.endsWith(".txt")).sorted().toList();
        }
        compare("demo-export.jsonl", files, true);
    }

    @Test
    void theSeedsExportAsPinned() throws Exception {
        SharedData.seeds();
        // Relative, so that the pinned source paths are the same on every machine.
        compare("seeds-export.jsonl", List.of("../shared/seeds"), false);
    }

    private void compare(String golden, List<String> inputs, boolean withText) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        String store = tmp.resolve("s").toString();
        String[] args = Stream.concat(Stream.of("analyze"), Stream.concat(inputs.stream(), Stream.of("--store", store)))
                .toArray(String[]::new);
        EchotraceProcess.Result r = EchotraceProcess.run(root, args);
        assertEquals(0, r.exit(), r.out() + r.err());
        Path out = tmp.resolve("out.jsonl");
        assertEquals(0, EchotraceProcess.run(root, "export", "articles", "--store", store, "--out", out.toString()).exit());
        StringBuilder actual = new StringBuilder();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            actual.append(JSON.writeValueAsString(project(JSON.readTree(line), withText))).append('\n');
        }
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("echotrace.regenerate")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual.toString(),
                "export differs from " + file + "; if intended, regenerate with -Dechotrace.regenerate=true and review");
    }

    private static ObjectNode project(JsonNode a, boolean withText) {
        ObjectNode o = JSON.createObjectNode();
        for (String f : List.of("id", "source", "format", "published", "published_precision", "published_evidence",
                "language", "cited_sources", "charset")) {
            o.set(f, a.get(f));
        }
        if (withText) {
            for (String f : List.of("title", "outlet", "author")) {
                o.set(f, a.get(f));
            }
        } else {
            for (String f : List.of("title", "outlet", "author")) {
                o.put(f + "_known", !a.get(f).isNull());
            }
        }
        ArrayNode segs = o.putArray("segments");
        for (JsonNode s : a.get("segments")) {
            segs.add(s.get("kind").asText() + " " + s.get("start").asInt() + " " + s.get("end").asInt());
        }
        return o;
    }
}
