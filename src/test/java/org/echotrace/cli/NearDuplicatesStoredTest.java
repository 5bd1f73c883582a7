package org.echotrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.cluster.DuplicatePair;
import org.echotrace.cluster.PairKind;
import org.echotrace.store.DuplicateTable;
import org.echotrace.store.StoreConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The near-duplicate pairs that analyze stores, on the seeds plus a re-publication of one of them
 * made at test time (its headline changed, its first body paragraphs kept): the seed that quotes
 * the Defence Ministry statement twice, in two translations, carries a within-article
 * same-statement pair; the re-published paragraphs are copies across articles; a second run
 * leaves the same rows; export and {@code narratives show} carry the pairs.
 */
class NearDuplicatesStoredTest {
    private static final String TRANSLATED_SEED = "003_3f91a585c2c884fe.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path store;
    static List<DuplicatePair> pairs;
    static String translatedId;
    static String republishedId;

    @BeforeAll
    static void analyze() throws Exception {
        Path seeds = SharedData.seeds();
        List<String> lines = Files.readAllLines(seeds.resolve(TRANSLATED_SEED), StandardCharsets.UTF_8);
        List<String> body = lines.stream().filter(l -> l.split(" ").length > 25).limit(4).toList();
        Path republished = tmp.resolve("in").resolve("republished.txt");
        Files.createDirectories(republished.getParent());
        Files.writeString(republished, "Moscow repeats that Washington shields the Islamic State in Syria\n\n"
                + String.join("\n\n", body) + "\n", StandardCharsets.UTF_8);
        store = tmp.resolve("s");
        assertEquals(0, Main.execute("analyze", seeds.toString(), republished.toString(), "--store", store.toString(),
                "--progress", "lines"));
        pairs = stored();
        translatedId = articleId("%" + TRANSLATED_SEED);
        republishedId = articleId("%republished.txt");
    }

    private static List<DuplicatePair> stored() throws Exception {
        try (Connection c = StoreConnection.open(store)) {
            return new DuplicateTable(c).all();
        }
    }

    private static String articleId(String sourceLike) throws Exception {
        try (Connection c = StoreConnection.open(store); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM articles WHERE source LIKE '" + sourceLike + "'")) {
            assertTrue(rs.next(), "no article stored from " + sourceLike);
            return rs.getString(1);
        }
    }

    private static String run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute(args));
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedThatQuotesTheMinistryInTwoTranslationsHasASameStatementPairInsideIt() {
        assertTrue(pairs.stream().anyMatch(p -> p.kind() == PairKind.SAME_STATEMENT && p.sameArticle()
                && p.first().startsWith(translatedId + "#") && p.second().startsWith(translatedId + "#")), pairs.toString());
    }

    @Test
    void theRepublishedParagraphsAreCopiesAcrossArticles() {
        List<DuplicatePair> copies = pairs.stream().filter(p -> p.kind() == PairKind.COPY && !p.sameArticle()
                && (p.first().startsWith(republishedId + "#") || p.second().startsWith(republishedId + "#"))
                && (p.first().startsWith(translatedId + "#") || p.second().startsWith(translatedId + "#"))).toList();
        assertTrue(copies.size() >= 3, "copies of the republished paragraphs: " + copies);
    }

    @Test
    void aSecondRunStoresTheSameRowsNeitherDuplicatedNorDropped() throws Exception {
        assertEquals(0, Main.execute("analyze", SharedData.seeds().toString(), "--store", store.toString(), "--progress", "lines"));
        List<DuplicatePair> again = stored();
        assertEquals(pairs, again);
        assertEquals(again.size(), new HashSet<>(again.stream().map(p -> p.first() + " " + p.second()).toList()).size());
    }

    @Test
    void exportListsEachClaimsNearDuplicatesWithTheOtherClaimArticleKindAndSimilarity() throws Exception {
        Path out = tmp.resolve("export.jsonl");
        assertEquals(0, Main.execute("export", "articles", "--store", store.toString(), "--out", out.toString()));
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode a = JSON.readTree(line);
            if (a.get("id").asText().equals(republishedId)) {
                a.get("near_duplicates").forEach(rows::add);
            }
        }
        assertFalse(rows.isEmpty());
        JsonNode copy = rows.stream().filter(r -> r.get("kind").asText().equals("copy")).findFirst().orElseThrow();
        assertEquals(translatedId, copy.get("other_article").asText());
        assertTrue(copy.get("other_claim").asText().startsWith(translatedId + "#"));
        assertTrue(copy.get("similarity").asDouble() > 0.9, copy.toString());
    }

    @Test
    void showingANarrativeListsThePairsOfItsClaims() throws Exception {
        DuplicatePair p = pairs.stream().filter(x -> x.kind() == PairKind.COPY).findFirst().orElseThrow();
        String narrative;
        try (Connection c = StoreConnection.open(store); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT narrative_id FROM narrative_members WHERE claim_key = '" + p.first() + "'"
                     + " ORDER BY narrative_id LIMIT 1")) {
            assertTrue(rs.next(), "claim " + p.first() + " is in no narrative");
            narrative = rs.getString(1);
        }
        JsonNode shown = JSON.readTree(run("narratives", "show", narrative, "--store", store.toString()));
        List<String> listed = new ArrayList<>();
        shown.get("near_duplicates").forEach(d -> listed.add(d.get("first").asText() + " " + d.get("second").asText()));
        assertTrue(listed.contains(p.first() + " " + p.second()), listed.toString());
    }
}
