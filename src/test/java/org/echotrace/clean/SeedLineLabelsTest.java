package org.echotrace.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cleaner against hand labels of the seed lines, the way analyze runs it: with a line profile of
 * the whole corpus. Scores junk (furniture and comments) against article (text and metadata) per line.
 */
class SeedLineLabelsTest {
    private static List<SeedCorpus.Seed> seeds;
    private static TextCleaner cleaner;
    private static TextCleaner alone;

    @BeforeAll
    static void cleanTheSeeds() {
        seeds = SeedCorpus.expectSeeds();
        cleaner = new TextCleaner(SeedCorpus.profileOf(seeds));
        alone = new TextCleaner(LineProfile.EMPTY);
    }

    @Test
    void hashesOfTheLabelledLinesStillMatchTheSeeds() {
        for (SeedCorpus.Seed seed : seeds) {
            String[] lines = SeedCorpus.lines(seed.text());
            for (SeedCorpus.Label label : SeedCorpus.labelsOf(seed)) {
                String line = SeedCorpus.trim(lines[label.line() - 1]);
                assertEquals(label.hash(), SeedCorpus.hash(line),
                        seed.name() + " line " + label.line() + " changed since it was labelled");
            }
        }
    }

    @Test
    void separatesJunkFromArticleWithF1OfAtLeast098() {
        score(cleaner, "with the corpus profile");
    }

    /** Each seed as the only article of an unseen outlet: structure and vocabulary must carry it alone. */
    @Test
    void separatesJunkFromArticleWithoutACorpusProfileToo() {
        score(alone, "each seed alone");
    }

    private static void score(TextCleaner cleaner, String how) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        Map<SegmentKind, Map<SegmentKind, Integer>> confusion = new EnumMap<>(SegmentKind.class);
        List<String> misses = new ArrayList<>();
        for (SeedCorpus.Seed seed : seeds) {
            Map<Integer, SegmentKind> predicted = predictedByLine(cleaner, seed);
            List<SeedCorpus.Label> labels = SeedCorpus.labelsOf(seed);
            assertEquals(labels.size(), predicted.size(), seed.name() + ": one segment per non-blank line");
            for (SeedCorpus.Label label : labels) {
                SegmentKind got = predicted.get(label.line());
                confusion.computeIfAbsent(label.kind(), k -> new EnumMap<>(SegmentKind.class)).merge(got, 1, Integer::sum);
                if (got != label.kind()) {
                    misses.add(seed.name() + ":" + label.line() + " " + label.kind().label() + " -> "
                            + (got == null ? "none" : got.label()));
                }
                boolean junk = !label.kind().isArticle();
                boolean saidJunk = got != null && !got.isArticle();
                if (junk && saidJunk) {
                    tp++;
                } else if (saidJunk) {
                    fp++;
                } else if (junk) {
                    fn++;
                } else {
                    tn++;
                }
            }
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        double f1 = 2 * precision * recall / Math.max(1e-9, precision + recall);
        double articleP = tn / (double) Math.max(1, tn + fn);
        double articleR = tn / (double) Math.max(1, tn + fp);
        double articleF1 = 2 * articleP * articleR / Math.max(1e-9, articleP + articleR);
        System.out.printf("seed lines, " + how + ": junk P=%.3f R=%.3f F1=%.3f; article F1=%.3f (tp=%d fp=%d fn=%d tn=%d)%n",
                precision, recall, f1, articleF1, tp, fp, fn, tn);
        confusion.forEach((want, got) -> System.out.println("  " + want.label() + " -> " + got));
        misses.forEach(m -> System.out.println("  miss " + m));
        assertTrue(f1 >= 0.98, "junk F1 " + f1 + " < 0.98; misses: " + misses);
        assertTrue(articleF1 >= 0.98, "article F1 " + articleF1 + " < 0.98; misses: " + misses);
    }

    @Test
    void everyArticleParagraphIsInTheBodyAndNoJunkLineIs() {
        for (SeedCorpus.Seed seed : seeds) {
            CleanArticle clean = cleaner.apply(seed.raw());
            Set<String> paragraphs = Set.of(clean.body().split(CleanArticle.PARAGRAPH_BREAK));
            String[] lines = SeedCorpus.lines(seed.text());
            for (SeedCorpus.Label label : SeedCorpus.labelsOf(seed)) {
                String line = SeedCorpus.trim(lines[label.line() - 1]);
                if (label.kind().inBody()) {
                    assertTrue(paragraphs.contains(line), seed.name() + " line " + label.line()
                            + " (" + label.kind().label() + ") is missing from the body");
                } else if (!label.kind().isArticle()) {
                    assertTrue(!paragraphs.contains(line), seed.name() + " line " + label.line()
                            + " (" + label.kind().label() + ") leaked into the body");
                }
            }
        }
    }

    /** Segment kinds keyed by the 1-based line each segment starts on. */
    private static Map<Integer, SegmentKind> predictedByLine(TextCleaner cleaner, SeedCorpus.Seed seed) {
        CleanArticle clean = cleaner.apply(seed.raw());
        String[] lines = SeedCorpus.lines(seed.text());
        TreeMap<Integer, Integer> lineAt = new TreeMap<>();
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            lineAt.put(offset, i + 1);
            offset += lines[i].length() + breakLength(seed.text(), offset + lines[i].length());
        }
        Map<Integer, SegmentKind> out = new HashMap<>();
        for (Segment s : clean.segments()) {
            out.put(lineAt.floorEntry(s.start()).getValue(), s.kind());
        }
        return out;
    }

    private static int breakLength(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        return text.startsWith("\r\n", at) ? 2 : 1;
    }
}
