package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.echotrace.clean.LineProfile;
import org.echotrace.clean.TextCleaner;
import org.echotrace.ingest.TextDecoder;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.RawArticle;
import org.echotrace.model.RawFile;
import org.junit.jupiter.api.Test;

/**
 * The seeds' title, outlet and date, as {@code seed-metadata.tsv} states them (with the reason for
 * each one the text cannot give), through decoder, cleaner and extractor. The seed text is read
 * from {@code ../shared/seeds} at test time and never copied into the project.
 */
class SeedMetadataTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private record Expected(String title, String outlet, String published, String reason) {
    }

    @Test
    void readsTitleOutletAndDateOfEachSeedOrKnowsWhyNot() throws IOException {
        Map<String, Expected> expected = expected();
        List<RawArticle> raws = new ArrayList<>();
        TextDecoder decoder = new TextDecoder();
        for (String name : expected.keySet()) {
            raws.add(decoder.apply(new RawFile(name, Files.readAllBytes(expectSeeds().resolve(name)))));
        }
        TextCleaner cleaner = new TextCleaner(LineProfile.EMPTY.plus(raws.stream().map(RawArticle::text).toList()));
        MetadataExtractor extractor = new MetadataExtractor();
        List<String> mismatches = new ArrayList<>();
        for (RawArticle raw : raws) {
            ArticleMetadata m = extractor.apply(cleaner.apply(raw)).metadata();
            Expected e = expected.get(raw.source());
            check(mismatches, raw.source(), "title", Optional.of(e.title), m.title());
            check(mismatches, raw.source(), "outlet", dash(e.outlet), m.outlet());
            check(mismatches, raw.source(), "published", dash(e.published), m.published().map(PublishedDate::iso));
            check(mismatches, raw.source(), "language", Optional.of("en"), m.language());
            if (e.outlet.equals("-") || e.published.equals("-")) {
                assertFalse(e.reason.isBlank(), raw.source() + ": a '-' needs its reason");
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void creditsTassInTheSeedThatSaysSo() throws IOException {
        Path p = expectSeeds().resolve("003_3f91a585c2c884fe.txt");
        RawArticle raw = new TextDecoder().apply(new RawFile(p.toString(), Files.readAllBytes(p)));
        ArticleMetadata m = new MetadataExtractor().apply(new TextCleaner(LineProfile.EMPTY).apply(raw)).metadata();
        assertEquals(List.of("TASS"), m.citedSources());
    }

    private static void check(List<String> out, String file, String field, Optional<String> want, Optional<String> got) {
        if (!want.equals(got)) {
            out.add(file + " " + field + ": expected " + want.orElse("-") + ", got " + got.orElse("-"));
        }
    }

    private static Optional<String> dash(String v) {
        return v.equals("-") ? Optional.empty() : Optional.of(v);
    }

    private static Map<String, Expected> expected() throws IOException {
        try (InputStream in = SeedMetadataTest.class.getResourceAsStream("/seed-metadata.tsv")) {
            if (in == null) {
                fail("seed-metadata.tsv is missing from the test resources");
            }
            Map<String, Expected> out = new TreeMap<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] f = row.split("\t", -1);
                out.put(f[0], new Expected(f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
            }
            return out;
        }
    }

    private static Path expectSeeds() {
        if (!Files.isDirectory(SEEDS)) {
            String reason = "seed articles not found at " + SEEDS.toAbsolutePath().normalize()
                    + " (the shared folder must sit beside the project)";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        return SEEDS;
    }
}
