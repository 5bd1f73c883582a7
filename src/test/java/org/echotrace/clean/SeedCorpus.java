package org.echotrace.clean;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.echotrace.model.RawArticle;
import org.echotrace.model.SegmentKind;

/**
 * The five seed articles, read from {@code ../shared/seeds} at test time (their text is never copied
 * into the project), and their hand labels from {@code seed-labels/}.
 */
final class SeedCorpus {
    static final Path DIR = Path.of("..", "shared", "seeds");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    record Seed(String name, String text) {
        RawArticle raw() {
            return new RawArticle(name, DIR.resolve(name).toString(), text, "UTF-8", List.of());
        }
    }

    /** A hand label: 1-based line number, kind, and the hash of the trimmed line it was given to. */
    record Label(int line, SegmentKind kind, String hash) {
    }

    private SeedCorpus() {
    }

    /** The seeds, or a skipped test (a failed one on CI) when the shared folder is not beside the project. */
    static List<Seed> expectSeeds() {
        if (!Files.isDirectory(DIR)) {
            String reason = "seed articles not found at " + DIR.toAbsolutePath().normalize()
                    + " (the shared folder must sit beside the project)";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        try (Stream<Path> files = Files.list(DIR)) {
            List<Seed> seeds = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(new Seed(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LineProfile profileOf(List<Seed> seeds) {
        return LineProfile.EMPTY.plus(seeds.stream().map(Seed::text).toList());
    }

    static List<Label> labelsOf(Seed seed) {
        String resource = "/seed-labels/" + seed.name() + ".labels";
        try (InputStream in = SeedCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                fail("no hand labels for seed " + seed.name() + " at " + resource);
            }
            List<Label> labels = new ArrayList<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank()) {
                    continue;
                }
                String[] f = row.trim().split(" ");
                labels.add(new Label(Integer.parseInt(f[0]), SegmentKind.expectLabel(f[1]), f[2]));
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a text as the labels count them: split on any line break, 1-based, untrimmed. */
    static String[] lines(String text) {
        return LINE_BREAK.split(text, -1);
    }

    /** Trims as the cleaner does: Unicode spaces too, such as the no-break space scrapers leave behind. */
    static String trim(String line) {
        int s = 0;
        int e = line.length();
        while (s < e && isSpace(line.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(line.charAt(e - 1))) {
            e--;
        }
        return line.substring(s, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static String hash(String trimmedLine) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(trimmedLine.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
