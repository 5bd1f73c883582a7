package org.echotrace.extract.technique;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.Sentence;
import org.echotrace.model.Technique;
import org.echotrace.model.TextSpan;

/**
 * Reads a folder in the layout of the SemEval-2020 Task 11 corpus: a folder of {@code articleID.txt}
 * files (its name ends in {@code articles}), a technique label file ({@code ID TAB technique TAB start
 * TAB end}, its name contains {@code TC}) and optionally a span file ({@code ID TAB start TAB end},
 * name containing {@code SI}). Each non-blank line of an article is annotated as one paragraph.
 *
 * <p>Bad input (a missing part, a malformed line, an unknown technique, a span past the text) fails
 * with the file, line and problem named: a corpus read half right would score wrongly.
 */
public final class PtcCorpusReader {
    private static final Pattern ARTICLE = Pattern.compile("article(\\d+)\\.txt");
    private static final int THREADS = 2;

    private PtcCorpusReader() {
    }

    public static List<LabelledArticle> read(Path dir) {
        Path articles = only(dir, p -> Files.isDirectory(p) && p.getFileName().toString().endsWith("articles"),
                "a folder whose name ends in 'articles'");
        Path tc = only(dir, p -> isLabels(p, "TC"), "a technique label file (*TC*.labels)");
        List<Path> si = matching(dir, p -> isLabels(p, "SI"));
        if (si.size() > 1) {
            throw new IllegalArgumentException("more than one span label file (*SI*.labels) in " + dir + ": " + si);
        }
        Map<String, String> texts = texts(articles);
        Map<String, List<GoldTechnique>> gold = techniques(tc, texts);
        Map<String, List<TextSpan>> spans = si.isEmpty() ? null : spans(si.get(0), texts);
        SentenceAnnotator annotator = new SentenceAnnotator();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Sentence>>> sentences = new ArrayList<>();
            for (String text : texts.values()) {
                sentences.add(pool.submit(() -> annotator.annotateLines(text)));
            }
            List<LabelledArticle> out = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, String> e : texts.entrySet()) {
                List<GoldTechnique> g = gold.getOrDefault(e.getKey(), List.of());
                List<TextSpan> s = spans == null ? g.stream().map(GoldTechnique::span).toList()
                        : spans.getOrDefault(e.getKey(), List.of());
                out.add(new LabelledArticle(e.getKey(), e.getValue(), sentences.get(i++).get(), g, s));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating " + articles, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotating " + articles + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean isLabels(Path p, String task) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && name.endsWith(".labels") && name.toUpperCase(java.util.Locale.ROOT).contains(task);
    }

    private static Map<String, String> texts(Path articles) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = ARTICLE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.put(m.group(1), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the articles in " + articles, e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no articleNNN.txt files in " + articles);
        }
        return out;
    }

    private static Map<String, List<GoldTechnique>> techniques(Path file, Map<String, String> texts) {
        Map<String, List<GoldTechnique>> out = new TreeMap<>();
        for (String[] row : rows(file, 4)) {
            Technique t = Technique.findByLabel(row[1]).orElseThrow(() -> new IllegalArgumentException(
                    file + ":" + row[4] + ": unknown technique '" + row[1] + "'"));
            TextSpan span = span(file, row, row[2], row[3], texts);
            out.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new GoldTechnique(span, t));
        }
        return out;
    }

    private static Map<String, List<TextSpan>> spans(Path file, Map<String, String> texts) {
        Map<String, List<TextSpan>> out = new TreeMap<>();
        for (String[] row : rows(file, 3)) {
            out.computeIfAbsent(row[0], k -> new ArrayList<>()).add(span(file, row, row[1], row[2], texts));
        }
        return out;
    }

    private static TextSpan span(Path file, String[] row, String start, String end, Map<String, String> texts) {
        String where = file + ":" + row[row.length - 1] + ": ";
        String text = texts.get(row[0]);
        if (text == null) {
            throw new IllegalArgumentException(where + "no article" + row[0] + ".txt for this label");
        }
        int s;
        int e;
        try {
            s = Integer.parseInt(start);
            e = Integer.parseInt(end);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(where + "offsets must be integers, found '" + start + "', '" + end + "'");
        }
        if (s < 0 || e <= s || e > text.length()) {
            throw new IllegalArgumentException(where + "span [" + s + ", " + e + ") is not inside article" + row[0]
                    + " (" + text.length() + " characters)");
        }
        return new TextSpan(s, e);
    }

    /** Tab-separated rows with {@code columns} fields, each followed by its line number. */
    private static List<String[]> rows(Path file, int columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != columns) {
                String shown = line.length() > 200 ? line.substring(0, 200) + "..." : line;
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + columns
                        + " tab-separated fields, found " + f.length + ": '" + shown + "'");
            }
            String[] row = java.util.Arrays.copyOf(f, columns + 1);
            row[columns] = Integer.toString(i + 1);
            out.add(row);
        }
        return out;
    }

    private static Path only(Path dir, java.util.function.Predicate<Path> test, String what) {
        List<Path> found = matching(dir, test);
        if (found.size() != 1) {
            throw new IllegalArgumentException((found.isEmpty() ? "no " : "more than one ") + what + " in " + dir
                    + (found.isEmpty() ? " (expected the SemEval-2020 Task 11 layout)" : ": " + found));
        }
        return found.get(0);
    }

    private static List<Path> matching(Path dir, java.util.function.Predicate<Path> test) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no dataset folder at " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(test).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
