package org.echotrace.eval;

import org.echotrace.model.CueType;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores predicted attributions against gold ones, per role (source, cue, content; exact and
 * overlap) and per relation: a predicted relation matches a gold one when their cues overlap and
 * their contents overlap, each gold relation matched at most once (greedy, in text order). A role
 * span is a relation's fragments taken together; "exact" means the same set of character offsets,
 * ignoring surrounding whitespace.
 */
final class AttributionScore {
    /** One relation of either side, its cue type known (gold types are read from the gold text). */
    record Rel(Optional<List<TextSpan>> source, List<TextSpan> cue, List<TextSpan> content, CueType type) {
    }

    /** Running counts: true positives on each side and totals. */
    static final class Counts {
        long predicted;
        long gold;
        long matchedPredicted;
        long matchedGold;

        void add(Counts o) {
            predicted += o.predicted;
            gold += o.gold;
            matchedPredicted += o.matchedPredicted;
            matchedGold += o.matchedGold;
        }

        double precision() {
            return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("p", round(precision()));
            m.put("r", round(recall()));
            m.put("f1", round(f1()));
            m.put("predicted", predicted);
            m.put("gold", gold);
            return m;
        }
    }

    final Map<String, Counts> roles = new LinkedHashMap<>();
    final Counts relations = new Counts();
    final Counts relationsWithSource = new Counts();
    final Map<CueType, Counts> byType = new EnumMap<>(CueType.class);

    AttributionScore() {
        for (String r : List.of("source_exact", "source_overlap", "cue_exact", "cue_overlap", "content_exact", "content_overlap")) {
            roles.put(r, new Counts());
        }
        for (CueType t : CueType.values()) {
            byType.put(t, new Counts());
        }
    }

    /** Adds one document. */
    void add(String text, List<Rel> predicted, List<Rel> gold) {
        role("source", text, predicted.stream().flatMap(r -> r.source().stream()).toList(),
                gold.stream().flatMap(r -> r.source().stream()).toList());
        role("cue", text, predicted.stream().map(Rel::cue).toList(), gold.stream().map(Rel::cue).toList());
        role("content", text, predicted.stream().map(Rel::content).toList(), gold.stream().map(Rel::content).toList());
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] goldUsedStrict = new boolean[gold.size()];
        relations.predicted += predicted.size();
        relations.gold += gold.size();
        relationsWithSource.predicted += predicted.size();
        relationsWithSource.gold += gold.size();
        for (Rel g : gold) {
            byType.get(g.type()).gold++;
        }
        for (Rel p : predicted) {
            byType.get(p.type()).predicted++;
            int hit = -1;
            for (int i = 0; i < gold.size(); i++) {
                if (!goldUsed[i] && overlaps(p.cue(), gold.get(i).cue()) && overlaps(p.content(), gold.get(i).content())) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                goldUsed[hit] = true;
                relations.matchedPredicted++;
                relations.matchedGold++;
                byType.get(p.type()).matchedPredicted++;
                byType.get(gold.get(hit).type()).matchedGold++;
            }
            for (int i = 0; i < gold.size(); i++) {
                Rel g = gold.get(i);
                boolean sourceOk = g.source().isEmpty() ? p.source().isEmpty()
                        : p.source().isPresent() && overlaps(p.source().get(), g.source().get());
                if (!goldUsedStrict[i] && sourceOk && overlaps(p.cue(), g.cue()) && overlaps(p.content(), g.content())) {
                    goldUsedStrict[i] = true;
                    relationsWithSource.matchedPredicted++;
                    relationsWithSource.matchedGold++;
                    break;
                }
            }
        }
    }

    private void role(String name, String text, List<List<TextSpan>> predicted, List<List<TextSpan>> gold) {
        Counts exact = roles.get(name + "_exact");
        Counts overlap = roles.get(name + "_overlap");
        exact.predicted += predicted.size();
        exact.gold += gold.size();
        overlap.predicted += predicted.size();
        overlap.gold += gold.size();
        List<List<TextSpan>> gt = gold.stream().map(g -> trimmed(text, g)).toList();
        for (List<TextSpan> p : predicted) {
            List<TextSpan> pt = trimmed(text, p);
            if (gt.contains(pt)) {
                exact.matchedPredicted++;
            }
            if (gold.stream().anyMatch(g -> overlaps(p, g))) {
                overlap.matchedPredicted++;
            }
        }
        List<List<TextSpan>> pts = predicted.stream().map(p -> trimmed(text, p)).toList();
        for (int i = 0; i < gold.size(); i++) {
            if (pts.contains(gt.get(i))) {
                exact.matchedGold++;
            }
            List<TextSpan> g = gold.get(i);
            if (predicted.stream().anyMatch(p -> overlaps(p, g))) {
                overlap.matchedGold++;
            }
        }
    }

    static boolean overlaps(List<TextSpan> a, List<TextSpan> b) {
        for (TextSpan x : a) {
            for (TextSpan y : b) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Fragments without surrounding whitespace, sorted, so exact matching ignores layout. */
    static List<TextSpan> trimmed(String text, List<TextSpan> spans) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : spans) {
            int a = Math.min(s.start(), text.length());
            int b = Math.min(s.end(), text.length());
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            out.add(new TextSpan(a, b));
        }
        out.sort(null);
        return out;
    }

    /** The cue type of a gold relation, read from its text as our extractor would name it. */
    static CueType goldType(String text, Optional<List<TextSpan>> source, List<TextSpan> cue, List<TextSpan> content) {
        String cueText = cue.stream().map(s -> s.textOf(text)).reduce("", (x, y) -> x + " " + y).trim().toLowerCase(java.util.Locale.ROOT);
        if (cueText.startsWith("according to") || cueText.startsWith("as reported by")) {
            return CueType.ACCORDING_TO;
        }
        List<TextSpan> t = trimmed(text, content);
        String first = t.get(0).textOf(text);
        String last = t.get(t.size() - 1).textOf(text);
        if (opensQuote(first) && closesQuote(last)) {
            return CueType.DIRECT;
        }
        return source.isPresent() ? CueType.INDIRECT : CueType.OTHER;
    }

    /** A quote mark at the start: a double quote or guillemet, or two apostrophes (''We won,''). */
    private static boolean opensQuote(String s) {
        return !s.isEmpty() && isQuote(s.charAt(0)) || s.startsWith("''");
    }

    /** A quote mark at the end, or just before a final full stop or comma. */
    private static boolean closesQuote(String s) {
        String t = s.length() > 1 && !isQuote(s.charAt(s.length() - 1)) && s.charAt(s.length() - 1) != '\'' ? s.substring(0, s.length() - 1) : s;
        return !t.isEmpty() && isQuote(t.charAt(t.length() - 1)) || t.endsWith("''");
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
