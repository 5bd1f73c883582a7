package org.echotrace.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.echotrace.store.StoreException;

/**
 * One language of one split in SemEval-2025 Task 10's layout: {@code <split>/<LANG>/raw-documents/<id>}
 * and {@code <split>/<LANG>/subtask-2-annotations.txt} (TSV: id, narratives, sub-narratives, each
 * {@code ;}-separated), with the class lists {@code subtask2_narratives.txt} and
 * {@code subtask2_subnarratives.txt} at the top of the data folder.
 */
public record NarrativeDataset(Path dir, List<Article> articles, List<String> narrativeClasses,
                               List<String> subNarrativeClasses) {
    public static final String ANNOTATIONS = "subtask-2-annotations.txt";

    /** A document, its text as stored, and its gold labels as the annotation line splits them. */
    public record Article(String id, String text, List<String> narratives, List<String> subNarratives) {
    }

    public static boolean exists(Path data, String split, String lang) {
        return Files.isRegularFile(data.resolve(split).resolve(lang).resolve(ANNOTATIONS));
    }

    /** Reads a split; a missing or malformed file stops it with the file and line named. */
    public static NarrativeDataset read(Path data, String split, String lang) throws IOException {
        Path dir = data.resolve(split).resolve(lang);
        Path annotations = dir.resolve(ANNOTATIONS);
        if (!Files.isRegularFile(annotations)) {
            throw new StoreException("no " + ANNOTATIONS + " at " + annotations
                    + " (expected the SemEval-2025 Task 10 layout <data>/<split>/<LANG>/)");
        }
        Map<String, Article> byId = new LinkedHashMap<>();
        List<String> lines = lines(annotations);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) {
                throw new StoreException(annotations + ":" + (i + 1) + ": expected id<TAB>narratives<TAB>sub-narratives, found "
                        + cols.length + " column(s)");
            }
            Path doc = dir.resolve("raw-documents").resolve(cols[0]);
            if (!Files.isRegularFile(doc)) {
                throw new StoreException(annotations + ":" + (i + 1) + ": no document " + doc);
            }
            String text = String.join("\n", lines(doc));
            byId.put(cols[0], new Article(cols[0], text, List.of(cols[1].split(";")), List.of(cols[2].split(";"))));
        }
        return new NarrativeDataset(dir, new ArrayList<>(byId.values()),
                classes(data.resolve("subtask2_narratives.txt")), classes(data.resolve("subtask2_subnarratives.txt")));
    }

    /**
     * Sentence spans of a document: each non-blank line is a paragraph (the title line included),
     * split into sentences by the shared annotator.
     */
    public static List<TextSpan> sentenceSpans(String text, SentenceAnnotator annotator) {
        return annotator.annotateLines(text).stream().map(Sentence::span).toList();
    }

    /** A class list as the official scorer reads it: the file split on newlines. */
    private static List<String> classes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no class list at " + file);
        }
        return lines(file);
    }

    private static List<String> lines(Path file) throws IOException {
        try {
            return Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\\r?\\n", -1));
        } catch (CharacterCodingException e) {
            throw new StoreException(file + ": not UTF-8 text");
        }
    }
}
