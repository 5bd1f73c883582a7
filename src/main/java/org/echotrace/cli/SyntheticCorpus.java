package org.echotrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes any number of distinct articles for benchmarks, built from the demo corpus: each keeps
 * the page template (junk lines) of one demo article and gets body paragraphs resampled, with a
 * fixed seed, from the sentences of all demo bodies. Same seed and count, same files.
 */
final class SyntheticCorpus {
    private record Template(List<String> lines, List<Boolean> body) {
    }

    private final List<Template> templates = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();

    SyntheticCorpus(Path demo) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(demo)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            Path labels = demo.resolve("labels").resolve(f.getFileName().toString().replaceAll("\\.txt$", ".labels"));
            Map<Integer, String> kinds = new HashMap<>();
            for (String l : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
                String[] parts = l.trim().split("\\s+");
                if (parts.length >= 2) {
                    kinds.put(Integer.parseInt(parts[0]), parts[1]);
                }
            }
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            List<Boolean> body = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                boolean isBody = "body".equals(kinds.get(i + 1));
                body.add(isBody);
                if (isBody) {
                    for (String sentence : lines.get(i).split("(?<=[.!?][\"”’]?)\\s+(?=[A-Z“\"])")) {
                        if (sentence.length() > 20) {
                            sentences.add(sentence);
                        }
                    }
                }
            }
            templates.add(new Template(lines, body));
        }
        if (templates.isEmpty() || sentences.isEmpty()) {
            throw new IllegalStateException("no labelled demo articles in " + demo);
        }
    }

    /** Writes {@code count} articles into {@code dir} (created), returns their paths. */
    List<Path> write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            Template t = templates.get(i % templates.size());
            StringBuilder sb = new StringBuilder();
            for (int l = 0; l < t.lines.size(); l++) {
                if (t.body.get(l)) {
                    int n = 2 + r.nextInt(4);
                    for (int k = 0; k < n; k++) {
                        if (k > 0) {
                            sb.append(' ');
                        }
                        sb.append(sentences.get(r.nextInt(sentences.size())));
                    }
                } else {
                    sb.append(t.lines.get(l));
                }
                sb.append('\n');
            }
            // A serial number keeps every article distinct even where two samples coincide.
            sb.append("\nRef. ").append(seed).append('-').append(i).append('\n');
            Path p = dir.resolve(String.format("a%06d.txt", i));
            Files.writeString(p, sb, StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }
}
