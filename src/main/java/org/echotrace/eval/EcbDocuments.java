package org.echotrace.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents of an ECB+ folder ({@code ECB+/<topic>/<topic>_<n>ecb.xml} and {@code ...ecbplus.xml}),
 * their text rebuilt from the tokens, with their gold topic and sub-topic (ecb files: sub-topic 1,
 * ecbplus files: sub-topic 2). The first sentence of an ecbplus file is its source URL and is left
 * out, so that no address gives the sub-topic away.
 */
final class EcbDocuments {
    /** The standard split (Cybulska and Vossen 2015), as the dataset's README gives it. */
    static final Set<Integer> TRAIN = Set.of(1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29,
            30, 31, 32, 33);
    static final Set<Integer> DEV = Set.of(2, 5, 12, 18, 21, 23, 34, 35);
    private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");
    private static final Pattern TOKEN = Pattern.compile("<token\\b[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    record Document(String name, int topic, int subTopic, String text) {
        String event() {
            return topic + "." + subTopic;
        }
    }

    private EcbDocuments() {
    }

    static Set<Integer> topics(String split) {
        return switch (split) {
            case "train" -> TRAIN;
            case "dev" -> DEV;
            default -> throw new IllegalArgumentException("unknown split '" + split + "' (expected train or dev)");
        };
    }

    static List<Document> read(Path data, Set<Integer> topics) {
        Path root = data.resolve("ECB+");
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no ECB+ folder in " + data + " (expected the ecbplus layout: ECB+/<topic>/*.xml)");
        }
        List<Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (!m.matches() || !topics.contains(Integer.parseInt(m.group(1)))) {
                    continue;
                }
                boolean plus = m.group(3).equals("ecbplus");
                out.add(new Document(f.getFileName().toString(), Integer.parseInt(m.group(1)), plus ? 2 : 1,
                        text(Files.readString(f, StandardCharsets.UTF_8), plus)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no documents of topics " + topics + " under " + root);
        }
        return out;
    }

    static String text(String xml, boolean skipFirstSentence) {
        StringBuilder b = new StringBuilder();
        Matcher t = TOKEN.matcher(xml);
        while (t.find()) {
            if (skipFirstSentence && t.group(1).equals("0")) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&"));
        }
        return b.toString();
    }
}
