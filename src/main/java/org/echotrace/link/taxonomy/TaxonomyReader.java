package org.echotrace.link.taxonomy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a taxonomy in one of two layouts.
 *
 * <p><b>SemEval-2025 Task 10</b>: a folder holding {@code subtask2_narratives.txt} and
 * {@code subtask2_subnarratives.txt}, one full label a line; a sub-narrative's narrative is the
 * longest narrative its label starts with (followed by {@code ": "}); the line {@code Other} is the
 * task's "no narrative" and not an entry.
 *
 * <p><b>Analyst TSV</b> (any other file), UTF-8, one entry a line, {@code #} comments and blank
 * lines ignored: {@code narrative<TAB>sub-narrative<TAB>description}, the description optional.
 * An empty sub-narrative column describes the narrative itself. A sub-narrative's label becomes
 * {@code <narrative>: <sub-narrative>}, as in the SemEval files, and every narrative gains a
 * {@code <narrative>: Other} sub-narrative unless the file lists one. Labels may not contain
 * {@code ;} (the separator of the task's label files).
 */
public final class TaxonomyReader {
    static final String SEMEVAL_NARRATIVES = "subtask2_narratives.txt";
    static final String SEMEVAL_SUBNARRATIVES = "subtask2_subnarratives.txt";

    private TaxonomyReader() {
    }

    public static Taxonomy read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return readSemEval(path);
        }
        return readTsv(path);
    }

    static Taxonomy readSemEval(Path dir) throws IOException {
        Path nFile = dir.resolve(SEMEVAL_NARRATIVES);
        Path sFile = dir.resolve(SEMEVAL_SUBNARRATIVES);
        List<TaxonomyEntry> narratives = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> lines = lines(nFile);
        for (int i = 0; i < lines.size(); i++) {
            String label = lines.get(i).strip();
            if (label.isEmpty() || label.equals(Taxonomy.OTHER)) {
                continue;
            }
            checkLabel(nFile, i + 1, label, seen);
            narratives.add(new TaxonomyEntry(label, Optional.empty(), label));
        }
        List<TaxonomyEntry> subs = new ArrayList<>();
        lines = lines(sFile);
        for (int i = 0; i < lines.size(); i++) {
            String label = lines.get(i).strip();
            if (label.isEmpty() || label.equals(Taxonomy.OTHER)) {
                continue;
            }
            checkLabel(sFile, i + 1, label, seen);
            String parent = null;
            for (TaxonomyEntry n : narratives) {
                if (label.startsWith(n.label() + ": ") && (parent == null || n.label().length() > parent.length())) {
                    parent = n.label();
                }
            }
            if (parent == null) {
                throw new TaxonomyFormatException(sFile, i + 1,
                        "sub-narrative '" + cut(label) + "' does not start with a narrative of " + SEMEVAL_NARRATIVES);
            }
            subs.add(new TaxonomyEntry(label, Optional.of(parent), label));
        }
        if (narratives.isEmpty()) {
            throw new TaxonomyFormatException(nFile, 1, "no narratives listed");
        }
        return new Taxonomy(narratives, subs);
    }

    static Taxonomy readTsv(Path file) throws IOException {
        Map<String, TaxonomyEntry> narratives = new LinkedHashMap<>();
        Set<String> described = new LinkedHashSet<>();
        Map<String, List<TaxonomyEntry>> subs = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String raw = lines.get(i);
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = raw.split("\t", -1);
            if (cols.length < 2 || cols.length > 3) {
                throw new TaxonomyFormatException(file, line, "expected narrative<TAB>sub-narrative[<TAB>description], found "
                        + cols.length + " column(s): '" + cut(raw) + "'");
            }
            String narrative = cols[0].strip();
            String sub = cols[1].strip();
            String description = cols.length == 3 ? cols[2].strip() : "";
            if (narrative.isEmpty() || narrative.equals(Taxonomy.OTHER)) {
                throw new TaxonomyFormatException(file, line, "the narrative column is empty or 'Other' (reserved for no narrative)");
            }
            if (sub.isEmpty()) {
                if (!described.add(narrative)) {
                    throw new TaxonomyFormatException(file, line, "narrative '" + cut(narrative) + "' is described twice");
                }
                checkLabel(file, line, narrative, new LinkedHashSet<>());
                narratives.put(narrative, new TaxonomyEntry(narrative, Optional.empty(),
                        description.isEmpty() ? narrative : description));
                continue;
            }
            if (!narratives.containsKey(narrative)) {
                checkLabel(file, line, narrative, new LinkedHashSet<>());
                narratives.put(narrative, new TaxonomyEntry(narrative, Optional.empty(), narrative));
            }
            String label = narrative + ": " + sub;
            checkLabel(file, line, label, seen);
            subs.computeIfAbsent(narrative, k -> new ArrayList<>()).add(new TaxonomyEntry(label, Optional.of(narrative),
                    description.isEmpty() ? label : description));
        }
        if (narratives.isEmpty()) {
            throw new TaxonomyFormatException(file, Math.max(1, lines.size()), "no narratives listed");
        }
        List<TaxonomyEntry> allSubs = new ArrayList<>();
        for (String n : narratives.keySet()) {
            List<TaxonomyEntry> own = subs.getOrDefault(n, List.of());
            allSubs.addAll(own);
            String other = n + ": " + Taxonomy.OTHER;
            if (own.stream().noneMatch(s -> s.label().equals(other))) {
                allSubs.add(new TaxonomyEntry(other, Optional.of(n), n));
            }
        }
        return new Taxonomy(new ArrayList<>(narratives.values()), allSubs);
    }

    private static void checkLabel(Path file, int line, String label, Set<String> seen) throws TaxonomyFormatException {
        if (label.contains(";")) {
            throw new TaxonomyFormatException(file, line, "label '" + cut(label) + "' contains ';', the label separator");
        }
        if (!seen.add(label)) {
            throw new TaxonomyFormatException(file, line, "label '" + cut(label) + "' is listed twice");
        }
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new TaxonomyFormatException(file, 0, "no such taxonomy file");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return List.of(text.split("\\r\\n|\\r|\\n", -1));
        } catch (CharacterCodingException e) {
            throw new TaxonomyFormatException(file, 0, "not UTF-8 text");
        }
    }

    static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
