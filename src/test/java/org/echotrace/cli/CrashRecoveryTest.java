package org.echotrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrashRecoveryTest {
    private static final int ARTICLES = 1500;

    @TempDir
    Path tmp;

    @Test
    void aRunKilledMidwayThenRunAgainStoresEveryArticleExactlyOnce() throws Exception {
        Articles.write(tmp.resolve("in"), 0, ARTICLES);
        Process p = EchotraceProcess.builder(tmp, "analyze", "in", "--store", "s", "--batch-size", "50",
                "--progress", "lines").redirectErrorStream(true).start();
        int batchesSeen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("progress ") && ++batchesSeen == 3) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush, no close
                    break;
                }
            }
        }
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(3, batchesSeen, "the run was killed after its third batch");

        List<JsonNode> partial = AnalyzeEndToEndTest.export(tmp, "s");
        assertTrue(partial.size() >= 100 && partial.size() < ARTICLES,
                "killed midway: " + partial.size() + " of " + ARTICLES + " stored");

        EchotraceProcess.Result again = EchotraceProcess.run(tmp, "analyze", "in", "--store", "s", "--no-narratives");
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("articles stored   " + (ARTICLES - partial.size())), again.out());

        List<JsonNode> all = AnalyzeEndToEndTest.export(tmp, "s");
        Set<String> ids = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (JsonNode a : all) {
            assertTrue(ids.add(a.get("id").asText()), "stored twice: " + a.get("id"));
            sources.add(a.get("source").asText());
        }
        assertEquals(ARTICLES, all.size());
        assertEquals(ARTICLES, sources.size());

        EchotraceProcess.Result search = EchotraceProcess.run(tmp, "search", "reservoir", "--limit", "2000", "--store", "s");
        assertTrue(search.out().lines().count() > ARTICLES / 3, "the index caught up after the crash");
    }
}
