package org.echotrace.eval;

import org.echotrace.model.TextSpan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the relation errors of {@code eval attribution} lie: each gold relation left unmatched
 * (its cue found by no prediction, or found with a content elsewhere) and each prediction left
 * unmatched (a cue that overlaps no gold cue, or one whose content misses the gold content),
 * counted by kind and gold or predicted cue type, and written one a line for reading; a matched
 * relation whose content's edges differ from the gold's is listed too (kind {@code inexact_content}), and
 * one whose source misses the gold's ({@code wrong_source.missed}: none found; {@code .spurious}: the gold
 * has none; {@code .other}: another phrase), with the predicted source in the last column.
 *
 * <p>Design decision: the same greedy matching as {@link AttributionScore}, applied again here
 * rather than threaded through the scorer, so the scorer stays the one place the figures come from.
 */
final class AttributionErrors {
    private final Map<String, Integer> counts = new TreeMap<>();
    private final StringBuilder lines = new StringBuilder();

    void add(String name, String text, List<AttributionScore.Rel> predicted, List<AttributionScore.Rel> gold) {
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                if (!goldUsed[g] && AttributionScore.overlaps(predicted.get(p).cue(), gold.get(g).cue())
                        && AttributionScore.overlaps(predicted.get(p).content(), gold.get(g).content())) {
                    goldUsed[g] = true;
                    predUsed[p] = true;
                    if (!sourceAgrees(predicted.get(p), gold.get(g))) {
                        // Matched on cue and content, but credited to another source (or none): what
                        // relation F1 with the source loses. Listed with the predicted source beside the gold's.
                        recordSource(gold.get(g).type().name(), name, text, gold.get(g), predicted.get(p));
                    }
                    if (!AttributionScore.trimmed(text, predicted.get(p).content()).equals(AttributionScore.trimmed(text, gold.get(g).content()))) {
                        // Matched, but the content's edges differ: where a content-extent model would gain.
                        record("inexact_content", gold.get(g).type().name(), name, text, gold.get(g), predicted.get(p));
                    }
                    break;
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (goldUsed[g]) {
                continue;
            }
            AttributionScore.Rel r = gold.get(g);
            AttributionScore.Rel near = sameCue(r, predicted);
            String kind = near == null ? "miss_cue" : "miss_content";
            record(kind, r.type().name(), name, text, r, near);
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (predUsed[p]) {
                continue;
            }
            AttributionScore.Rel r = predicted.get(p);
            AttributionScore.Rel near = sameCue(r, gold);
            String kind = near == null ? "spurious_cue" : "spurious_content";
            record(kind, r.type().name(), name, text, r, near);
        }
    }

    /** The scorer's test of a relation's source ({@link AttributionScore}): both none, or overlapping. */
    private static boolean sourceAgrees(AttributionScore.Rel p, AttributionScore.Rel g) {
        return g.source().isEmpty() ? p.source().isEmpty()
                : p.source().isPresent() && AttributionScore.overlaps(p.source().get(), g.source().get());
    }

    private void recordSource(String type, String name, String text, AttributionScore.Rel gold, AttributionScore.Rel predicted) {
        String kind = gold.source().isEmpty() ? "wrong_source.spurious" : predicted.source().isEmpty() ? "wrong_source.missed" : "wrong_source.other";
        counts.merge("wrong_source", 1, Integer::sum);
        counts.merge(kind, 1, Integer::sum);
        lines.append(kind).append('\t').append(type).append('\t').append(name).append('\t')
                .append(show(text, gold.cue(), 60)).append('\t').append(gold.source().map(s -> show(text, s, 60)).orElse("-")).append('\t')
                .append(show(text, gold.content(), 200)).append('\t')
                .append(predicted.source().map(s -> show(text, s, 60)).orElse("-")).append('\n');
    }

    /** The first of {@code others} whose cue overlaps {@code r}'s, or null. */
    private static AttributionScore.Rel sameCue(AttributionScore.Rel r, List<AttributionScore.Rel> others) {
        for (AttributionScore.Rel o : others) {
            if (AttributionScore.overlaps(o.cue(), r.cue())) {
                return o;
            }
        }
        return null;
    }

    private void record(String kind, String type, String name, String text, AttributionScore.Rel r, AttributionScore.Rel other) {
        counts.merge(kind, 1, Integer::sum);
        counts.merge(kind + "." + type.toLowerCase(Locale.ROOT), 1, Integer::sum);
        lines.append(kind).append('\t').append(type).append('\t').append(name).append('\t')
                .append(show(text, r.cue(), 60)).append('\t').append(r.source().map(s -> show(text, s, 60)).orElse("-")).append('\t')
                .append(show(text, r.content(), 200)).append('\t')
                .append(other == null ? "-" : show(text, other.content(), 200)).append('\n');
    }

    private static String show(String text, List<TextSpan> spans, int max) {
        StringBuilder sb = new StringBuilder();
        for (TextSpan s : spans) {
            sb.append(sb.isEmpty() ? "" : " | ").append(s.textOf(text));
        }
        String t = sb.toString().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max / 2) + " … " + t.substring(t.length() - max / 2);
    }

    Map<String, Integer> counts() {
        return counts;
    }

    void write(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kind\ttype\tarticle\tcue\tsource\tcontent\tother_content\n");
            out.write(lines.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
