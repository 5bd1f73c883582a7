package org.echotrace.eval;

import org.echotrace.extract.entity.Chunk;
import org.echotrace.extract.entity.DocumentSplit;
import org.echotrace.extract.entity.EntityTagger;
import org.echotrace.extract.entity.LabelledDocument;
import org.echotrace.extract.entity.LabelledSentence;
import org.echotrace.extract.entity.TagChunks;
import org.echotrace.extract.entity.UdPosTagger;
import org.echotrace.model.EntityType;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags the sentences of a CoNLL-format file with our entity tagger and scores them as conlleval
 * does, overall and per type. Gold types are mapped onto ours ({@link TagChunks#typeOf}); types
 * with no counterpart are outside. {@code types} restricts both sides to some types (re3d has no
 * MISC but its nationalities, so its comparable score is over PERSON, ORGANISATION, PLACE).
 * {@code conllConventions} trims the gold entities as training trims re3d's
 * ({@link TagChunks#conllConventions}): a second, convention-neutral figure for re3d, never the only one.
 */
public final class EntityEvaluation {
    private EntityEvaluation() {
    }

    public static Map<String, Object> run(String name, List<LabelledDocument> docs, EntityTagger tagger,
                                          Set<EntityType> types, boolean conllConventions, PrintStream log) {
        PeakHeap.reset();
        UdPosTagger pos = new UdPosTagger();
        ConllScorer scorer = new ConllScorer();
        long t0 = System.nanoTime();
        int sentences = 0;
        long taggerNanos = 0;
        boolean iob1 = !conllConventions && isIob1(docs);
        for (LabelledDocument doc : docs) {
            List<List<String>> words = new ArrayList<>();
            List<List<String>> tags = new ArrayList<>();
            for (LabelledSentence s : doc.sentences()) {
                words.add(s.words());
                tags.add(pos.tag(s.words()));
            }
            long t1 = System.nanoTime();
            List<List<Chunk>> found = tagger.tag(words, tags);
            taggerNanos += System.nanoTime() - t1;
            for (int i = 0; i < words.size(); i++) {
                LabelledSentence s = doc.sentences().get(i);
                List<String> gold = conllConventions
                        ? guesses(s.size(), TagChunks.of(s.tags()).stream().map(c -> TagChunks.conllConventions(s.words(), c))
                                .filter(c -> c != null).toList(), types, false)
                        : s.tags().stream().map(t -> keep(TagChunks.normalise(t), types)).toList();
                scorer.add(gold, guesses(s.size(), found.get(i), types, iob1));
                sentences++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", name);
        out.put("documents", docs.size());
        out.put("sentences", sentences);
        out.put("tokens", scorer.tokens());
        put(out, "", scorer.overall());
        out.put("accuracy", round(scorer.accuracy()));
        Map<String, Object> per = new LinkedHashMap<>();
        scorer.byType().forEach((type, c) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "", c);
            per.put(type, m);
        });
        out.put("per_type", per);
        out.put("seconds", round(seconds));
        out.put("sentences_per_second", Math.round(sentences / Math.max(seconds, 1e-9)));
        double tagSeconds = taggerNanos / 1e9;
        out.put("tagger_seconds", round(tagSeconds));
        out.put("tagger_tokens_per_second", Math.round(scorer.tokens() / Math.max(tagSeconds, 1e-9)));
        out.put("peak_heap_mb", PeakHeap.bytes() >> 20);
        log.printf("entities: %s: F1 %.4f over %d sentences in %.1f s%n", name, scorer.overall().f1(), sentences, seconds);
        return out;
    }

    /**
     * Whether the gold file is IOB1 (CoNLL-2003's own: {@code B-} only between two adjacent chunks
     * of one type): then our guesses are written in IOB1 too, so conlleval's token accuracy
     * compares like with like. Chunk scores are the same either way.
     */
    static boolean isIob1(List<LabelledDocument> docs) {
        for (LabelledDocument d : docs) {
            for (LabelledSentence s : d.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    String t = s.tags().get(i);
                    if (t.startsWith("B-") && (i == 0 || !s.tags().get(i - 1).substring(1).equals(t.substring(1)))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Our chunks as IOB2 tags of the sentence's tokens, or IOB1 ones. */
    static List<String> guesses(int size, List<Chunk> chunks, Set<EntityType> types, boolean iob1) {
        List<String> out = new ArrayList<>(Collections.nCopies(size, "O"));
        Chunk last = null;
        for (Chunk c : chunks) {
            if (!types.contains(c.type())) {
                continue;
            }
            boolean adjacent = last != null && last.to() == c.from() && last.type() == c.type();
            last = c;
            out.set(c.from(), (iob1 && !adjacent ? "I-" : "B-") + c.type().name());
            for (int i = c.from() + 1; i < c.to(); i++) {
                out.set(i, "I-" + c.type().name());
            }
        }
        return out;
    }

    private static String keep(String tag, Set<EntityType> types) {
        return tag.equals("O") || types.contains(EntityType.valueOf(tag.substring(2))) ? tag : "O";
    }

    private static void put(Map<String, Object> m, String prefix, ConllScorer.Counts c) {
        m.put(prefix + "precision", round(c.precision()));
        m.put(prefix + "recall", round(c.recall()));
        m.put(prefix + "f1", round(c.f1()));
        m.put(prefix + "gold", c.gold());
        m.put(prefix + "found", c.guessed());
        m.put(prefix + "correct", c.correct());
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** The held-out part of a split file, or all of it. */
    public static List<LabelledDocument> part(List<LabelledDocument> docs, String part, long seed) {
        return switch (part) {
            case "all" -> docs;
            case "held-out" -> DocumentSplit.of(docs, seed).heldOut();
            case "train" -> DocumentSplit.of(docs, seed).train();
            default -> throw new IllegalArgumentException("--part must be all, held-out or train, found " + part);
        };
    }
}
