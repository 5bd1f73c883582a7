package org.echotrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.echotrace.extract.html.HtmlMetadataExtractor;
import org.echotrace.extract.html.PageMetadata;

/**
 * Scores title and author extraction on a folder in the layout of trafilatura's evaluation set
 * ({@code evaldata.json} entries with {@code title} / {@code author}; {@code html/<file>.gz}): exact
 * and normalised match accuracy over the pages that carry the field (see {@link MetadataMatch}).
 * An empty gold author means the page names none; extracting none there counts as right.
 */
public final class MetadataEvaluation {
    private MetadataEvaluation() {
    }

    public static LinkedHashMap<String, Object> run(Path dataDir, PrintStream log) {
        JsonNode entries = DatasetIndex.read(dataDir, "evaldata.json", "trafilatura");
        PeakHeap.reset();
        HtmlMetadataExtractor extractor = new HtmlMetadataExtractor();
        MetadataMatch title = new MetadataMatch();
        MetadataMatch author = new MetadataMatch();
        long extractNanos = 0;
        int pages = 0;
        long started = System.nanoTime();
        for (Map.Entry<String, JsonNode> e : entries.properties()) {
            JsonNode v = e.getValue();
            if (!v.has("title") && !v.has("author")) {
                continue;
            }
            String html;
            try {
                html = DatePages.read(dataDir.resolve("html").resolve(v.path("file").asText() + ".gz"));
            } catch (IOException ex) {
                log.println("unreadable page for " + e.getKey() + ": " + ex.getMessage());
                html = "";
            }
            long t0 = System.nanoTime();
            PageMetadata m = extractor.extract(html, Optional.of(e.getKey()));
            extractNanos += System.nanoTime() - t0;
            pages++;
            if (v.has("title")) {
                score(title, "title", e.getKey(), m.title(), v.get("title").asText(), log);
            }
            if (v.has("author")) {
                score(author, "author", e.getKey(), m.author(), v.get("author").asText(), log);
            }
        }
        LinkedHashMap<String, Object> result = new LinkedHashMap<>();
        result.put("task", "metadata");
        result.put("data", dataDir.toString());
        result.put("pages", pages);
        result.put("title", title.metrics());
        result.put("author", author.metrics());
        result.put("seconds", DateScore.round((System.nanoTime() - started) / 1e9));
        result.put("pages_per_second", DateScore.round(extractNanos > 0 ? pages / (extractNanos / 1e9) : 0));
        result.put("peak_heap_mb", PeakHeap.bytes() >> 20);
        result.put("published", "none published for this set; goal title normalised accuracy >= 0.95");
        return result;
    }

    private static void score(MetadataMatch match, String field, String url, Optional<String> found, String gold,
                              PrintStream log) {
        if (!match.add(found, gold)) {
            log.println("miss " + field + " " + url + " gold '" + gold + "' found '" + found.orElse("") + "'");
        }
    }
}
