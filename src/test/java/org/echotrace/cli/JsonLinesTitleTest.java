package org.echotrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scraper's JSON Lines keep the headline in a field of its own: analyze reads it as the article's
 * title, so the stages read it too (a headline naming its speaker is that speaker's claim, its names
 * are entities), once, even where the text repeats it; a second run stores nothing twice.
 */
class JsonLinesTitleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "The convoy left the northern crossing on Monday morning with forty trucks of flour and "
            + "medicine for the camps near the border. Aid workers said the road had been quiet for a week and that the "
            + "drivers expected to reach the first camp before dark.\n\nThe ministry has not said when the next convoy "
            + "will leave, and local officials declined to comment on the delays of the past month.";

    @TempDir
    Path tmp;

    @Test
    void theTitleFieldIsTheArticlesHeadlineReadByEveryStage() throws Exception {
        String title = "Karvonian Defence Ministry: Aldorian Instructors Drill Militants Near Qasr al-Hajar";
        Path feed = tmp.resolve("feed.jsonl");
        Files.writeString(feed, JSON.writeValueAsString(java.util.Map.of("url", "https://example.org/a", "title", title, "text", BODY))
                + "\n" + JSON.writeValueAsString(java.util.Map.of("url", "https://example.org/b", "title", "Convoy reaches the camps",
                "text", "Convoy reaches the camps\n\n" + BODY.replace("Monday", "Tuesday"))) + "\n", StandardCharsets.UTF_8);
        Path store = tmp.resolve("s");
        assertEquals(0, Main.execute("analyze", feed.toString(), "--store", store.toString(), "--progress", "lines"));
        List<JsonNode> articles = export(store);
        assertEquals(2, articles.size());
        JsonNode a = articles.stream().filter(n -> n.get("url").asText().endsWith("/a")).findFirst().orElseThrow();
        String text = a.get("text").asText();
        assertTrue(text.startsWith(title + "\n\n"), text);
        assertEquals(title, a.get("title").asText());
        JsonNode first = a.get("segments").get(0);
        assertEquals("title", first.get("kind").asText());
        assertEquals(title, text.substring(first.get("start").asInt(), first.get("end").asInt()));
        boolean titleClaim = false;
        for (JsonNode c : a.get("claims")) {
            if (c.get("start").asInt() < first.get("end").asInt()) {
                titleClaim = true;
                assertEquals("attributed", c.get("kind").asText(), c.toString());
            }
        }
        assertTrue(titleClaim, a.get("claims").toString());
        boolean titleEntity = false;
        for (JsonNode e : a.get("entities")) {
            titleEntity |= e.get("end").asInt() <= first.get("end").asInt();
        }
        assertTrue(titleEntity, a.get("entities").toString());
        // A text that opens with its title keeps it once.
        JsonNode b = articles.stream().filter(n -> n.get("url").asText().endsWith("/b")).findFirst().orElseThrow();
        assertTrue(b.get("text").asText().startsWith("Convoy reaches the camps\n\nThe convoy"), b.get("text").asText());
        // Run again: both known, nothing stored twice.
        assertEquals(0, Main.execute("analyze", feed.toString(), "--store", store.toString(), "--progress", "lines"));
        assertEquals(2, export(store).size());
    }

    /** The store's articles as `export articles` writes them. */
    static List<JsonNode> export(Path store) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute("export", "articles", "--store", store.toString()));
        } finally {
            System.setOut(out);
        }
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
