package org.echotrace.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents of an ECB+ folder ({@code ECB+/<topic>/<topic>_<n>ecb.xml} and {@code ...ecbplus.xml}),
 * their text rebuilt from the tokens, with their gold topic and sub-topic (ecb files: sub-topic 1,
 * ecbplus files: sub-topic 2). The first sentence of an ecbplus file is its source URL and is left
 * out, so that no address gives the sub-topic away.
 *
 * <p>Design decision: only the sentences the corpus lists as annotated
 * ({@code ECBplus_coreference_sentences.train-dev.csv}, as the standard evaluation does) make a
 * document's text when that file is there: they are the sentences about the event, while the rest
 * of an ecbplus page is often the site's other news. Which sentences are listed is part of the
 * corpus's text selection, not of its gold clusters.
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
        return read(data, topics, false);
    }

    /** The documents; with {@code whole}, every sentence (but an ecbplus file's address), not only the annotated ones. */
    static List<Document> read(Path data, Set<Integer> topics, boolean whole) {
        Path root = data.resolve("ECB+");
        Map<String, Set<Integer>> selected = whole ? Map.of()
                : selectedSentences(data.resolve("ECBplus_coreference_sentences.train-dev.csv"));
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
                        text(Files.readString(f, StandardCharsets.UTF_8), plus,
                                selected.get(m.group(1) + "_" + m.group(2) + m.group(3)))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no documents of topics " + topics + " under " + root);
        }
        return out;
    }

    /** Sentence numbers per document stem ("1_10ecbplus"); empty when the file is absent. */
    static Map<String, Set<Integer>> selectedSentences(Path csv) {
        Map<String, Set<Integer>> out = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return out;
        }
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.strip().split(",");
                if (f.length == 3 && f[2].matches("\\d+")) {
                    out.computeIfAbsent(f[0] + "_" + f[1], k -> new HashSet<>()).add(Integer.parseInt(f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return out;
    }

    /** The document's tokens joined; only the listed sentences when {@code only} is given. */
    static String text(String xml, boolean skipFirstSentence, Set<Integer> only) {
        StringBuilder b = new StringBuilder();
        Matcher t = TOKEN.matcher(xml);
        while (t.find()) {
            int sentence = Integer.parseInt(t.group(1));
            if ((skipFirstSentence && sentence == 0) || (only != null && !only.contains(sentence))) {
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
