package org.echotrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.echotrace.clean.LineProfile;
import org.echotrace.clean.TextCleaner;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.link.entity.EntityLinker;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.EntityMention;
import org.echotrace.model.EntityType;
import org.echotrace.model.RawArticle;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds' entities against our gold file ({@code seed-entities.tsv}, names and types written by
 * reading the articles; the articles themselves are read from {@code ../shared/seeds}).
 */
class SeedEntitiesTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    record Gold(String seed, String name, EntityType type, String canonical, boolean key) {
    }

    record Occurrence(Gold gold, TextSpan span) {
    }

    private static Map<String, AnalyzedArticle> articles;
    private static List<Gold> gold;

    @BeforeAll
    static void extract() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            String why = "seed articles not found at " + SEEDS.toAbsolutePath().normalize();
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        List<RawArticle> raws = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                raws.add(new RawArticle(p.getFileName().toString(), p.toString(), Files.readString(p, StandardCharsets.UTF_8), "UTF-8", List.of()));
            }
        }
        TextCleaner cleaner = new TextCleaner(LineProfile.EMPTY.plus(raws.stream().map(RawArticle::text).toList()));
        SentenceAnnotator annotator = new SentenceAnnotator();
        EntityExtractor extractor = new EntityExtractor(EntityTagger.bundled(), new EntityLinker()::link, annotator::annotate);
        articles = new TreeMap<>();
        for (RawArticle raw : raws) {
            articles.put(raw.id(), extractor.apply(annotator.apply(AnalyzedArticle.of(cleaner.apply(raw)))));
        }
        gold = readGold();
    }

    private static List<Gold> readGold() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (InputStream in = SeedEntitiesTest.class.getResourceAsStream("/seed-entities.tsv")) {
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] f = row.split("\t");
                out.add(new Gold(f[0], f[1], EntityType.valueOf(f[2]), f[3], f[4].equals("key")));
            }
        }
        return out;
    }

    /**
     * Every occurrence of the gold name inside a body sentence, the title or a source credit line,
     * not glued to a word by a hyphen.
     */
    private static List<Occurrence> occurrences(Gold g) {
        AnalyzedArticle a = articles.get(g.seed());
        assertTrue(a != null, "gold names an unknown seed " + g.seed());
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(g.name()) + "(?![\\p{L}\\p{N}]|-\\p{L})").matcher(a.text());
        List<Occurrence> out = new ArrayList<>();
        while (m.find()) {
            TextSpan span = new TextSpan(m.start(), m.end());
            boolean inLine = a.clean().segments().stream().anyMatch(s -> (s.kind() == SegmentKind.TITLE
                    || s.kind() == SegmentKind.SOURCE_CREDIT) && s.start() <= span.start() && span.end() <= s.end());
            if (inLine || a.sentences().stream().map(Sentence::span).anyMatch(s -> s.contains(span))) {
                out.add(new Occurrence(g, span));
            }
        }
        return out;
    }

    private static EntityMention found(Occurrence o) {
        return articles.get(o.gold().seed()).entities().stream()
                .filter(e -> e.type() == o.gold().type() && e.span().contains(o.span())).findFirst().orElse(null);
    }

    @Test
    void everyKeyEntityIsFoundWithItsTypeAndCanonicalName() {
        List<String> missed = new ArrayList<>();
        for (Gold g : gold) {
            List<Occurrence> occ = occurrences(g);
            if (g.key() && occ.isEmpty()) {
                missed.add(g.name() + " does not occur in a body sentence of " + g.seed() + " (gold file wrong?)");
            }
            if (g.key() && occ.stream().map(SeedEntitiesTest::found)
                    .noneMatch(e -> e != null && e.canonical().equals(g.canonical()))) {
                missed.add(g.seed() + ": " + g.name() + " as " + g.type() + " => " + g.canonical() + "; found "
                        + occ.stream().map(SeedEntitiesTest::found).toList());
            }
        }
        assertTrue(missed.isEmpty(), String.join("\n", missed) + "\nall found: " + articles.values().stream()
                .map(a -> a.id() + ": " + a.entities().stream().map(e -> e.text() + "/" + e.type() + "=" + e.canonical()).toList())
                .toList());
    }

    @Test
    void mostGoldMentionsAreFoundAndGroupedAsTheGoldGroupsThem() {
        int total = 0;
        int hit = 0;
        int pairs = 0;
        int agreeing = 0;
        Map<String, List<Occurrence>> bySeed = new HashMap<>();
        for (Gold g : gold) {
            for (Occurrence o : occurrences(g)) {
                total++;
                if (found(o) != null) {
                    hit++;
                    bySeed.computeIfAbsent(g.seed(), k -> new ArrayList<>()).add(o);
                }
            }
        }
        for (List<Occurrence> occ : bySeed.values()) {
            for (int i = 0; i < occ.size(); i++) {
                for (int j = i + 1; j < occ.size(); j++) {
                    boolean sameGold = occ.get(i).gold().canonical().equals(occ.get(j).gold().canonical());
                    boolean sameFound = found(occ.get(i)).canonical().equals(found(occ.get(j)).canonical());
                    pairs++;
                    agreeing += sameGold == sameFound ? 1 : 0;
                }
            }
        }
        double recall = (double) hit / total;
        double grouping = (double) agreeing / pairs;
        System.err.printf("seed entities: %d of %d gold mentions found (%.3f), mention pairs grouped as gold: %.3f%n",
                hit, total, recall, grouping);
        assertTrue(recall >= 0.85, "recall " + recall);
        assertTrue(grouping >= 0.98, "grouping agreement " + grouping);
    }
}
