package org.echotrace.eval;

import org.echotrace.eval.QuoteMatch.Quote;
import org.echotrace.extract.claim.ClaimExtractor;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.Attribution;
import org.echotrace.model.CueType;
import org.echotrace.model.TextSpan;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Direct quotes and their speakers on a PolNeAR split, our extractor beside another system's
 * quotes read from a file (Stanford CoreNLP's quote attribution: {@code scripts/baselines}). Both
 * are scored by {@link QuoteMatch} against the first annotator's direct-speech relations (content
 * opening and closing with a quote mark, {@link AttributionScore#goldType}); ours are the
 * relations it types {@link CueType#DIRECT}.
 *
 * <p>Design decision: quotes only, because a quote attributor marks no cue, which the relation
 * measure of {@code eval attribution} requires; our full relation figures stay that command's.
 */
public final class QuoteBaselineEvaluation {
    private QuoteBaselineEvaluation() {
    }

    /**
     * @param predicted tab-separated: article name, quote begin, end, speaker begin, end (-1 for
     *                  none), speaker name; a line that does not read is reported and skipped
     */
    public static Map<String, Object> run(Path data, String split, Path predicted, PrintStream log) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Quote>> theirs = read(predicted, problems);
        SentenceAnnotator sentences = new SentenceAnnotator();
        PeakHeap.reset();
        long t0 = System.nanoTime();
        PolnearCorpus.Split corpus = PolnearCorpus.read(data, split, sentences);
        problems.addAll(corpus.problems());
        ClaimExtractor extractor = new ClaimExtractor();
        QuoteMatch ours = new QuoteMatch();
        QuoteMatch baseline = new QuoteMatch();
        long ourNanos = 0;
        int covered = 0;
        for (PolnearCorpus.Item item : corpus.items()) {
            String text = item.text();
            List<Quote> gold = item.annotators().get(0).stream()
                    .filter(r -> AttributionScore.goldType(text, r.source(), r.cue(), r.content()) == CueType.DIRECT)
                    .map(r -> new Quote(hull(r.content()), r.source().map(QuoteBaselineEvaluation::hull))).toList();
            long s0 = System.nanoTime();
            List<Attribution> found = extractor.attributions(item.article());
            ourNanos += System.nanoTime() - s0 + item.sentenceNanos();
            ours.add(found.stream().filter(a -> a.cueType() == CueType.DIRECT)
                    .map(a -> new Quote(hull(a.content()), a.source())).toList(), gold);
            if (theirs.containsKey(item.name())) {
                covered++;
            }
            baseline.add(theirs.getOrDefault(item.name(), List.of()), gold);
        }
        if (covered == 0 && !corpus.items().isEmpty()) {
            problems.add(predicted + ": names none of the " + corpus.items().size() + " articles of " + split);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", "attribution-quotes");
        out.put("split", split);
        out.put("articles", corpus.items().size());
        out.put("articles_in_predictions", covered);
        out.put("echotrace", ours.metrics());
        out.put("baseline", baseline.metrics());
        out.put("baseline_file", predicted.toString());
        out.put("echotrace_ms_per_article", Math.round(ourNanos / 1e4 / Math.max(1, corpus.items().size())) / 100.0);
        out.put("problems", problems);
        out.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
        out.put("peak_heap_mb", PeakHeap.bytes() / (1024 * 1024));
        log.println("attribution-quotes: " + corpus.items().size() + " articles, " + problems.size() + " problems");
        return out;
    }

    private static TextSpan hull(List<TextSpan> spans) {
        return new TextSpan(spans.stream().mapToInt(TextSpan::start).min().orElse(0),
                spans.stream().mapToInt(TextSpan::end).max().orElse(0));
    }

    static Map<String, List<Quote>> read(Path file, List<String> problems) {
        Map<String, List<Quote>> out = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the predicted quotes " + file, e);
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                int b = Integer.parseInt(f[1]);
                int e = Integer.parseInt(f[2]);
                int sb = Integer.parseInt(f[3]);
                int se = Integer.parseInt(f[4]);
                if (e <= b) {
                    throw new NumberFormatException("empty quote");
                }
                Optional<TextSpan> speaker = sb >= 0 && se > sb ? Optional.of(new TextSpan(sb, se)) : Optional.empty();
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Quote(new TextSpan(b, e), speaker));
            } catch (RuntimeException ex) {
                problems.add(file.getFileName() + "#" + (n + 1) + ": not name, begin, end, speaker begin, end (" + ex.getMessage() + ")");
            }
        }
        return out;
    }
}
