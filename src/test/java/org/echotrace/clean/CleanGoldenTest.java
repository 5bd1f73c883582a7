package org.echotrace.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: {@code fixtures/<case>/input.txt} cleaned must give {@code clean.expected.json}
 * exactly. Run with {@code -Dechotrace.regenerate=true} to rewrite them, then review the diff.
 */
class CleanGoldenTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private static final boolean REGENERATE = Boolean.getBoolean("echotrace.regenerate");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    Stream<DynamicTest> cleanedFixturesMatchTheirGoldenFiles() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            cases = s.filter(p -> Files.exists(p.resolve("input.txt"))).sorted().toList();
        }
        assertTrue(!cases.isEmpty(), "no fixtures under " + FIXTURES.toAbsolutePath());
        TextCleaner cleaner = new TextCleaner(LineProfile.EMPTY);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String input = Files.readString(dir.resolve("input.txt"), StandardCharsets.UTF_8);
            String actual = render(cleaner.apply(new RawArticle("fixture", dir.toString(), input, "UTF-8", List.of())));
            Path expected = dir.resolve("clean.expected.json");
            if (REGENERATE) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(expected), expected + " is missing; run with -Dechotrace.regenerate=true and review it");
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden file " + expected);
        }));
    }

    /** Segments as kind, offsets and covered text (the text only so that a reviewer can read the diff). */
    static String render(CleanArticle clean) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Segment s : clean.segments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", s.kind().label());
            row.put("start", s.start());
            row.put("end", s.end());
            row.put("text", s.textOf(clean.raw().text()));
            rows.add(row);
        }
        return JSON.writeValueAsString(Map.of("segments", rows)).replace("\r\n", "\n") + "\n";
    }
}
