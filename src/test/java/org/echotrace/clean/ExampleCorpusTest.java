package org.echotrace.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * The demo corpus under {@code examples/demo} (written apart from the cleaner, with its own labels):
 * no line labelled junk there may reach an article's body. Per-kind confusion is printed for diagnosis.
 */
class ExampleCorpusTest {
    private static final Path DEMO = Path.of("examples", "demo");

    @Test
    void noJunkLineOfAnExampleArticleReachesItsBody() throws IOException {
        assumeTrue(Files.isDirectory(DEMO.resolve("labels")), "no labelled demo corpus at " + DEMO.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.list(DEMO)) {
            files = s.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> Files.exists(labelsOf(p))).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "the demo corpus has no labelled article yet");
        List<String> texts = new ArrayList<>();
        for (Path p : files) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        TextCleaner cleaner = new TextCleaner(LineProfile.EMPTY.plus(texts));
        Map<SegmentKind, Map<String, Integer>> confusion = new EnumMap<>(SegmentKind.class);
        List<String> leaks = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        int[] junkCounts = new int[4];
        for (int f = 0; f < files.size(); f++) {
            String name = files.get(f).getFileName().toString();
            String text = texts.get(f);
            CleanArticle clean = cleaner.apply(new RawArticle(name, name, text, "UTF-8", List.of()));
            Set<String> paragraphs = Set.of(clean.body().split(CleanArticle.PARAGRAPH_BREAK));
            String[] lines = text.split("\n", -1);
            for (String row : Files.readAllLines(labelsOf(files.get(f)), StandardCharsets.UTF_8)) {
                if (row.isBlank()) {
                    continue;
                }
                String[] cols = row.trim().split(" ");
                int number = Integer.parseInt(cols[0]);
                SegmentKind want = SegmentKind.expectLabel(cols[1]);
                String line = SeedCorpus.trim(lines[number - 1]);
                SegmentKind got = kindAt(clean, text, lines, number);
                confusion.computeIfAbsent(want, k -> new java.util.TreeMap<>())
                        .merge(got == null ? "none" : got.label(), 1, Integer::sum);
                if (got != want) {
                    misses.add(name + ":" + number + " " + want.label() + " -> " + got);
                }
                boolean saidJunk = got != null && !got.isArticle();
                junkCounts[(want.isArticle() ? 0 : 2) + (saidJunk ? 1 : 0)]++;
                if (!want.isArticle() && paragraphs.contains(line)) {
                    leaks.add(name + ":" + number + " " + want.label() + " -> " + got);
                }
                if (want.inBody() && !paragraphs.contains(line)) {
                    lost.add(name + ":" + number + " " + want.label() + " -> " + got);
                }
            }
        }
        double p = junkCounts[3] / (double) Math.max(1, junkCounts[3] + junkCounts[1]);
        double r = junkCounts[3] / (double) Math.max(1, junkCounts[3] + junkCounts[2]);
        System.out.printf("demo lines: junk P=%.3f R=%.3f F1=%.3f (%d lines)%n", p, r,
                2 * p * r / Math.max(1e-9, p + r), junkCounts[0] + junkCounts[1] + junkCounts[2] + junkCounts[3]);
        confusion.forEach((want, got) -> System.out.println("  demo " + want.label() + " -> " + got));
        misses.forEach(m -> System.out.println("  demo miss " + m));
        lost.forEach(l -> System.out.println("  demo body line lost " + l));
        leaks.forEach(l -> System.out.println("  demo junk line in body " + l));
        assertTrue(leaks.isEmpty(), "junk lines reached the body: " + leaks);
    }

    private static SegmentKind kindAt(CleanArticle clean, String text, String[] lines, int number) {
        int start = 0;
        for (int i = 0; i < number - 1; i++) {
            start += lines[i].length() + 1;
        }
        int end = start + lines[number - 1].length();
        for (var s : clean.segments()) {
            if (s.start() >= start && s.end() <= end) {
                return s.kind();
            }
        }
        return null;
    }

    private static Path labelsOf(Path article) {
        String name = article.getFileName().toString().replaceFirst("\\.txt$", ".labels");
        return article.resolveSibling("labels").resolve(name);
    }
}
