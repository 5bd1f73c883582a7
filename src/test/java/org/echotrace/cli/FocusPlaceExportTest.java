package org.echotrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export articles} says where each article is about: its focus place, from the stored places. */
class FocusPlaceExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void anIncidentReportsFocusIsItsHeadlinesTown() throws Exception {
        String body = "Air strikes hit a market in Idlib on Monday, killing at least twelve people, a monitoring group said. "
                + "Russia denied that its jets had flown over the area. Russia and Turkey met in Moscow the next day.\n\n"
                + "The war began in Daraa in 2011, and fighting went on near Aleppo through the winter.";
        Path feed = tmp.resolve("feed.jsonl");
        Files.writeString(feed, JSON.writeValueAsString(java.util.Map.of("title", "Air strikes kill 12 in Idlib market", "text", body))
                + "\n" + JSON.writeValueAsString(java.util.Map.of("title", "A quiet week", "text",
                "Nothing of note was reported by anyone during the whole of the last week, the officials said.")) + "\n",
                StandardCharsets.UTF_8);
        Path store = tmp.resolve("s");
        assertEquals(0, Main.execute("analyze", feed.toString(), "--store", store.toString(), "--progress", "none"));
        int seen = 0;
        for (JsonNode a : JsonLinesTitleTest.export(store)) {
            JsonNode f = a.get("focus_place");
            if (a.get("title").asText().startsWith("Air strikes")) {
                assertEquals("SY", f.get("country").asText(), f.toString());
                assertEquals("Idlib", f.get("admin1").asText(), f.toString());
                assertTrue(f.get("share").asDouble() > 0 && f.get("share").asDouble() <= 1, f.toString());
            } else {
                assertTrue(f.isNull(), "no place, no focus: " + f);
            }
            seen++;
        }
        assertEquals(2, seen);
    }
}
