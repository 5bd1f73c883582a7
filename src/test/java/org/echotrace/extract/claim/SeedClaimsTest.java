package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.echotrace.clean.LineProfile;
import org.echotrace.clean.TextCleaner;
import org.echotrace.extract.DateResolution;
import org.echotrace.extract.MetadataExtractor;
import org.echotrace.extract.SourceMetadata;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Claim;
import org.echotrace.model.ClaimKind;
import org.echotrace.model.ClaimMark;
import org.echotrace.model.RawArticle;
import org.echotrace.model.SourceHop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds against the gold we wrote for them ({@code seed-claims.tsv}): every statement of the
 * Reconciliation Center, the Defence Ministry, Konashenkov, Popov and TASS attributed to the right
 * speaker and chain; the outlets' own assertions left in their own voice.
 */
class SeedClaimsTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final Map<String, AnalyzedArticle> ANALYZED = new TreeMap<>();

    record Gold(String file, String kind, int offset, String speaker, String chain) {
    }

    @BeforeAll
    static void analyzeSeeds() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            String reason = "seed articles not found at " + SEEDS.toAbsolutePath().normalize();
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        List<String> texts = new ArrayList<>();
        List<Path> files;
        try (var s = Files.list(SEEDS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : files) {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        TextCleaner cleaner = new TextCleaner(LineProfile.EMPTY.plus(texts));
        var metadata = new MetadataExtractor().then(new SourceMetadata()).then(new DateResolution());
        SentenceAnnotator sentences = new SentenceAnnotator();
        ClaimExtractor claims = new ClaimExtractor();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            RawArticle raw = new RawArticle(name, name, texts.get(i), "UTF-8", List.of());
            ANALYZED.put(name, claims.apply(sentences.apply(AnalyzedArticle.of(metadata.apply(cleaner.apply(raw))))));
        }
    }

    static List<Gold> gold() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (var in = SeedClaimsTest.class.getResourceAsStream("/seed-claims.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                out.add(new Gold(c[0], c[1], Integer.parseInt(c[2]), c[3], c[4]));
            }
        }
        return out;
    }

    @Test
    void officialStatementsAreAttributedToTheirSpeakerAndChain() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Gold g : gold()) {
            if (!g.kind().equals("attributed")) {
                continue;
            }
            checked++;
            AnalyzedArticle a = ANALYZED.get(g.file());
            Claim c = a.claims().stream()
                    .filter(x -> x.attribution().map(at -> at.cue().start() == g.offset()).orElse(false))
                    .findFirst().orElse(null);
            if (c == null) {
                wrong.add(g.file() + "@" + g.offset() + ": no attributed claim with its cue there");
                continue;
            }
            String speaker = c.speaker().map(s -> s.name()).orElse("(none)");
            String chain = String.join(" > ", c.chain().stream().map(SourceHop::name).toList());
            if (!speaker.equals(g.speaker()) || !chain.equals(g.chain())) {
                wrong.add(g.file() + "@" + g.offset() + ": speaker '" + speaker + "', chain '" + chain + "'; expected '"
                        + g.speaker() + "', '" + g.chain() + "'");
            }
        }
        assertTrue(checked >= 20, "the gold lists the seeds' official statements");
        assertEquals(List.of(), wrong);
    }

    @Test
    void theOutletsOwnAssertionsStayInTheirOwnVoice() throws IOException {
        for (Gold g : gold()) {
            if (!g.kind().equals("own")) {
                continue;
            }
            AnalyzedArticle a = ANALYZED.get(g.file());
            Claim c = a.claims().stream().filter(x -> x.span().start() == g.offset()).findFirst()
                    .orElseThrow(() -> new AssertionError(g.file() + "@" + g.offset() + ": no claim starts there"));
            assertEquals(ClaimKind.OWN, c.kind(), g.file() + "@" + g.offset() + ": " + c.text());
            assertTrue(c.attribution().isEmpty());
        }
    }

    @Test
    void theIrrefutableEvidenceSentenceIsMarkedAsOpinion() throws IOException {
        Gold g = gold().stream().filter(x -> x.file().startsWith("002") && x.kind().equals("own")).findFirst().orElseThrow();
        Claim c = ANALYZED.get(g.file()).claims().stream().filter(x -> x.span().start() == g.offset()).findFirst().orElseThrow();
        assertTrue(c.marks().contains(ClaimMark.OPINION), c.toString());
    }

    @Test
    void everyClaimSpanPointsIntoTheOriginalText() {
        for (AnalyzedArticle a : ANALYZED.values()) {
            for (Claim c : a.claims()) {
                String covered = c.span().textOf(a.text()).strip().replaceAll("\\s+", " ");
                assertTrue(c.kind() == ClaimKind.ATTRIBUTED && c.attribution().get().content().size() > 1 || covered.equals(c.text()),
                        a.id() + ": " + c.text() + " vs " + covered);
            }
        }
    }
}
