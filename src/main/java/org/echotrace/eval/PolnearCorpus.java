package org.echotrace.eval;

import org.echotrace.extract.claim.GoldAttribution;
import org.echotrace.extract.claim.LabelledArticle;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A PolNeAR split read for scoring and for training: each article's text with its sentences, and
 * the relations of each of its annotators' files in name order (the first is the one we learn
 * from and score against).
 */
public final class PolnearCorpus {
    /** One article: its sentences, each annotator's relations, and the time its sentences took. */
    public record Item(String name, String text, AnalyzedArticle article, List<List<BratAttributions.Relation>> annotators,
                       long sentenceNanos) {
        public LabelledArticle labelled() {
            List<GoldAttribution> gold = annotators.get(0).stream()
                    .map(r -> new GoldAttribution(r.source(), r.cue(), r.content())).toList();
            return new LabelledArticle(article, gold);
        }
    }

    public record Split(Path dir, List<Item> items, List<String> problems) {
        public List<LabelledArticle> labelled() {
            return items.stream().map(Item::labelled).toList();
        }
    }

    private PolnearCorpus() {
    }

    public static Split read(Path data, String split, SentenceAnnotator sentences) {
        Path dir = data.resolve(split);
        Path texts = dir.resolve("text");
        Path anns = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IllegalArgumentException("no " + split + "/text and " + split + "/attributions in " + data
                    + " (expected PolNeAR's layout)");
        }
        List<Item> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            List<Path> annotations = list(anns, ".ann");
            for (Path txt : list(texts, ".txt")) {
                String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Pattern own = Pattern.compile(Pattern.quote(name) + "_[^_]+\\.ann");
                List<Path> files = annotations.stream().filter(p -> own.matcher(p.getFileName().toString()).matches()).toList();
                if (files.isEmpty()) {
                    problems.add(txt.getFileName() + ": no annotation file");
                    continue;
                }
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                List<List<BratAttributions.Relation>> gold = new ArrayList<>();
                for (Path f : files) {
                    BratAttributions.Parsed parsed = BratAttributions.read(f);
                    problems.addAll(parsed.problems());
                    gold.add(parsed.relations());
                }
                long s0 = System.nanoTime();
                AnalyzedArticle a = sentences.apply(AnalyzedArticle.of(AttributionEvaluation.asArticle(name, text)));
                items.add(new Item(name, text, a, List.copyOf(gold), System.nanoTime() - s0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return new Split(dir, List.copyOf(items), List.copyOf(problems));
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
