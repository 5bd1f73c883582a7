package org.echotrace.extract.event;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.echotrace.clean.LineProfile;
import org.echotrace.clean.TextCleaner;
import org.echotrace.extract.DateResolution;
import org.echotrace.extract.MetadataExtractor;
import org.echotrace.extract.SourceMetadata;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.pipeline.Stage;

/**
 * The five seed articles from {@code ../shared/seeds} (read at test time, never copied into the
 * project), cleaned, with metadata and sentences, as the pipeline hands them to the place and
 * event stages; and the hand-written gold files under {@code seed-gold/}.
 */
public final class SeedArticles {
    static final Path DIR = Path.of("..", "shared", "seeds");
    private static List<AnalyzedArticle> cached;

    private SeedArticles() {
    }

    /** The seeds in file order, or a skipped test (a failed one on CI) without the shared folder. */
    public static synchronized List<AnalyzedArticle> expectSeeds() {
        if (!Files.isDirectory(DIR)) {
            String reason = "seed articles not found at " + DIR.toAbsolutePath().normalize()
                    + " (the shared folder must sit beside the project)";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        if (cached != null) {
            return cached;
        }
        List<Path> files;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            for (Path p : files) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TextCleaner cleaner = new TextCleaner(LineProfile.EMPTY.plus(texts));
        Stage<CleanArticle, CleanArticle> metadata =
                new MetadataExtractor().then(new SourceMetadata()).then(new DateResolution());
        SentenceAnnotator sentences = new SentenceAnnotator();
        List<AnalyzedArticle> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            RawArticle raw = new RawArticle(name, files.get(i).toString(), texts.get(i), "UTF-8", List.of());
            out.add(sentences.apply(AnalyzedArticle.of(metadata.apply(cleaner.apply(raw)))));
        }
        cached = List.copyOf(out);
        return cached;
    }

    /** Rows of a gold file: tab-separated, {@code #} comments and blank lines skipped. */
    public static List<String[]> gold(String name) {
        try (InputStream in = SeedArticles.class.getResourceAsStream("/seed-gold/" + name)) {
            if (in == null) {
                fail("no gold file /seed-gold/" + name);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed whose file name starts with {@code prefix}. */
    public static AnalyzedArticle seed(List<AnalyzedArticle> seeds, String prefix) {
        return seeds.stream().filter(a -> a.id().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed " + prefix));
    }
}
