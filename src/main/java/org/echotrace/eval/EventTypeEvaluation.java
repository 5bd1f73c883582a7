package org.echotrace.eval;

import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.extract.event.EventType;
import org.echotrace.extract.event.EventTyper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the pipeline's event typer on a TSV in the CASE 2021 Task 2 layout ({@code id},
 * {@code EventSnippet}, {@code SubType}; a header row is optional) with {@link ClassificationScore}.
 * The typer was written without the task's labelled data: nothing here is fitted to the file.
 */
public final class EventTypeEvaluation {
    /** One labelled snippet. */
    record Row(String id, String snippet, String gold) {
    }

    private EventTypeEvaluation() {
    }

    public static LinkedHashMap<String, Object> run(Path file, boolean embeddings, PrintStream log) {
        List<Row> rows = read(file, log);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no labelled snippets (expected id<TAB>EventSnippet<TAB>SubType rows)");
        }
        PeakHeap.reset();
        long started = System.nanoTime();
        EventTyper typer = embeddings ? new EventTyper(SentenceEmbedder.get()) : new EventTyper();
        long ready = System.nanoTime();
        List<String> snippets = rows.stream().map(Row::snippet).toList();
        List<EventTyper.Typing> typed = typer.typeAll(snippets);
        long done = System.nanoTime();
        ClassificationScore score = new ClassificationScore();
        Map<String, Integer> unknownGold = new TreeMap<>();
        int byCue = 0;
        for (int i = 0; i < rows.size(); i++) {
            String gold = rows.get(i).gold();
            if (EventType.findCode(gold).isEmpty()) {
                unknownGold.merge(gold, 1, Integer::sum);
            }
            score.add(gold, typed.get(i).type().name());
            if (typed.get(i).byCue()) {
                byCue++;
            }
        }
        if (!unknownGold.isEmpty()) {
            log.println(file + ": gold labels outside the typer's types, scored as misses: " + unknownGold);
        }
        double seconds = (done - ready) / 1e9;
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("task", "event-types");
        m.put("data", file.toString());
        m.put("snippets", rows.size());
        m.put("weighted_f1", ClassificationScore.round(score.weighted()));
        m.put("macro_f1", ClassificationScore.round(score.macro()));
        m.put("micro_f1", ClassificationScore.round(score.micro()));
        m.put("typed_by_cue", ClassificationScore.round((double) byCue / rows.size()));
        m.put("embeddings", embeddings);
        m.put("per_class", score.perClass());
        m.put("setup_s", ClassificationScore.round((ready - started) / 1e9));
        m.put("seconds", ClassificationScore.round(seconds));
        m.put("snippets_per_s", Math.round(rows.size() / Math.max(seconds, 1e-9)));
        m.put("peak_heap_mb", PeakHeap.bytes() / (1024 * 1024));
        m.put("published_best_weighted_f1", 0.839);
        return m;
    }

    static List<Row> read(Path file, PrintStream log) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no event-type file at " + file);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                log.println(file + ":" + (n + 1) + ": expected id, snippet and label separated by tabs, found "
                        + f.length + " column(s); skipped");
                continue;
            }
            String gold = f[f.length - 1].strip();
            if (n == 0 && gold.equalsIgnoreCase("SubType")) {
                continue;
            }
            String snippet = String.join(" ", java.util.Arrays.copyOfRange(f, 1, f.length - 1)).strip();
            rows.add(new Row(f[0].strip(), snippet, gold));
        }
        return rows;
    }
}
