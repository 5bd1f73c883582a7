package org.echotrace.eval;

import org.echotrace.model.TextSpan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads PolNeAR's BRAT standoff files: text-bound {@code T} lines (Source, Cue, Content; fragments
 * joined by {@code ;}, end exclusive) and {@code E} lines tying one attribution's parts together.
 * A malformed line is reported with its file and line number and skipped.
 */
final class BratAttributions {
    /** One gold attribution; each role is a list of fragments (BRAT allows discontinuous spans). */
    record Relation(Optional<List<TextSpan>> source, List<TextSpan> cue, List<TextSpan> content) {
    }

    record Parsed(List<Relation> relations, List<String> problems) {
    }

    private BratAttributions() {
    }

    static Parsed read(Path ann) throws IOException {
        Map<String, List<TextSpan>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                if (cols[0].startsWith("T")) {
                    String[] typeAndOffsets = cols[1].split(" ", 2);
                    spans.put(cols[0], fragments(typeAndOffsets[1]));
                } else if (cols[0].startsWith("E")) {
                    events.add(cols[1].split(" "));
                }
            } catch (RuntimeException e) {
                problems.add(ann.getFileName() + ":" + n + ": cannot read '" + cut(line) + "' (" + e.getMessage() + ")");
            }
        }
        List<Relation> out = new ArrayList<>();
        for (String[] ev : events) {
            List<TextSpan> source = null;
            List<TextSpan> cue = null;
            List<TextSpan> content = null;
            for (String arg : ev) {
                String[] kv = arg.split(":", 2);
                if (kv.length < 2) {
                    continue;
                }
                List<TextSpan> s = spans.get(kv[1]);
                switch (kv[0].replaceAll("\\d+$", "")) {
                    case "Source" -> source = s;
                    case "Cue" -> cue = s;
                    case "Content" -> content = s;
                    default -> { }
                }
            }
            if (cue != null && content != null) {
                out.add(new Relation(Optional.ofNullable(source), cue, content));
            } else {
                problems.add(ann.getFileName() + ": attribution '" + String.join(" ", ev) + "' lacks its cue or content");
            }
        }
        return new Parsed(out, problems);
    }

    private static List<TextSpan> fragments(String offsets) {
        List<TextSpan> out = new ArrayList<>();
        for (String frag : offsets.split(";")) {
            String[] se = frag.trim().split(" ");
            out.add(new TextSpan(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
        }
        return out;
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
