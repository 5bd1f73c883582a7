package org.echotrace.cluster;

import org.echotrace.embed.SentenceEmbedder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed that carries one Defence Ministry statement twice, in two translations (read from
 * {@code ../shared/seeds} at test time): both renderings of each quote are labelled the same statement.
 */
class SeedTranslationsTest {
    private static final Path SEED = Path.of("..", "shared", "seeds", "003_3f91a585c2c884fe.txt");

    private static List<String> lines() throws IOException {
        if (!Files.isRegularFile(SEED)) {
            String reason = "seed article not found at " + SEED.toAbsolutePath().normalize();
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        return Files.readAllLines(SEED, StandardCharsets.UTF_8);
    }

    private static String lineWith(List<String> lines, String a, String b) {
        return lines.stream().filter(l -> l.contains(a) && l.contains(b)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + a + " and " + b + " in " + SEED));
    }

    @Test
    void bothTranslationsOfEachQuoteAreTheSameStatement() throws IOException {
        List<String> lines = lines();
        List<String> texts = List.of(lineWith(lines, "al-Qaryatayn", "Rukban"), lineWith(lines, "Al-Karatein", "Rukban"),
                lineWith(lines, "At Tanf", "50km"), lineWith(lines, "Al-Tanf", "50-km"));
        List<float[]> v = SentenceEmbedder.get().embed(texts);
        LocalDate day = LocalDate.of(2017, 10, 4);
        List<ClaimPoint> claims = List.of(
                Points.attributed("seed-3", 0, texts.get(0), v.get(0), day, "seed", "Igor Konashenkov", "Russian Defense Ministry", "TASS"),
                Points.attributed("seed-3", 1, texts.get(1), v.get(1), day, "seed", "Igor Konashenkov", "Russian Defense Ministry", "TASS"),
                Points.attributed("seed-3", 2, texts.get(2), v.get(2), day, "seed", "Igor Konashenkov", "Russian Defense Ministry", "TASS"),
                Points.attributed("seed-3", 3, texts.get(3), v.get(3), day, "seed", "Igor Konashenkov", "Russian Defense Ministry", "TASS"));
        List<DuplicatePair> pairs = new DuplicateFinder(DuplicateFinder.Settings.DEFAULT).find(claims);
        for (String[] p : new String[][] {{"seed-3#0", "seed-3#1"}, {"seed-3#2", "seed-3#3"}}) {
            DuplicatePair found = pairs.stream().filter(x -> x.first().equals(p[0]) && x.second().equals(p[1])).findFirst()
                    .orElseThrow(() -> new AssertionError("no pair " + p[0] + " " + p[1] + " in " + pairs));
            assertEquals(PairKind.SAME_STATEMENT, found.kind(), found.toString());
            assertTrue(found.sameArticle());
        }
    }
}
