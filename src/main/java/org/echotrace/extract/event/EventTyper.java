package org.echotrace.extract.event;

import org.echotrace.embed.SentenceEmbedder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Types a snippet into one of the {@link EventType}s: by our cue lexicon ({@link CueLexicon}) and,
 * when an embedder is given, by the snippet's similarity to each type's definition, which breaks
 * near-ties between cues and decides alone where no cue fired. No labelled snippet of the task was
 * used to write or weigh either.
 *
 * <p>Design decision: cues first. A cue names the act ("airstrike", "kidnapped", "tear gas"), and
 * the types differ mostly by the act; a 384-dimension sentence embedding compared to a one-line
 * definition ranks topics, not acts, so it weighs only about as much as the smallest cue.
 */
public final class EventTyper {
    /** A rule must reach this weight for a snippet to hold an event at all (see {@link Typing#byCue}). */
    static final double MIN_CUE = 1.5;
    /** Similarity to a definition, 0..1 in practice, counts at most about one small cue. */
    private static final double EMBED_WEIGHT = 1.0;

    /**
     * @param byCue   whether a cue rule of at least {@link #MIN_CUE} decided; the pipeline reads only
     *                such sentences as events
     * @param cueStart start of the deciding cue in the snippet, or -1
     */
    public record Typing(EventType type, double cueWeight, boolean byCue, int cueStart, int cueEnd) {
    }

    private final CueLexicon lexicon;
    private final Optional<SentenceEmbedder> embedder;
    private final List<float[]> definitions;

    /** Cues only: fast, what the pipeline runs. */
    public EventTyper() {
        this(Optional.empty());
    }

    /** Cues and definition similarity. */
    public EventTyper(SentenceEmbedder embedder) {
        this(Optional.of(embedder));
    }

    private EventTyper(Optional<SentenceEmbedder> embedder) {
        this.lexicon = CueLexicon.load();
        this.embedder = embedder;
        List<String> defs = new ArrayList<>();
        for (EventType t : EventType.values()) {
            defs.add(t.definition());
        }
        this.definitions = embedder.map(e -> e.embed(defs)).orElse(List.of());
    }

    public Typing type(String snippet) {
        return typeAll(List.of(snippet)).get(0);
    }

    /** Types many snippets, embedding them in one batch. */
    public List<Typing> typeAll(List<String> snippets) {
        List<float[]> vectors = embedder.map(e -> e.embed(snippets)).orElse(null);
        List<Typing> out = new ArrayList<>(snippets.size());
        for (int i = 0; i < snippets.size(); i++) {
            out.add(decide(lexicon.score(snippets.get(i)), vectors == null ? null : vectors.get(i)));
        }
        return out;
    }

    private Typing decide(CueLexicon.Scores scores, float[] vector) {
        EventType best = EventType.OTHER;
        double bestScore = Double.NEGATIVE_INFINITY;
        double bestCue = 0;
        for (EventType t : EventType.values()) {
            double cue = scores.weights().getOrDefault(t, 0.0);
            double s = cue;
            if (vector != null) {
                s += EMBED_WEIGHT * SentenceEmbedder.cosine(vector, definitions.get(t.ordinal()));
            } else if (cue == 0) {
                continue;
            }
            if (s > bestScore) {
                bestScore = s;
                best = t;
                bestCue = cue;
            }
        }
        int[] at = scores.cues().get(best);
        Map<EventType, Double> w = scores.weights();
        boolean byCue = w.getOrDefault(best, 0.0) >= MIN_CUE;
        return new Typing(best, bestCue, byCue, at == null ? -1 : at[0], at == null ? -1 : at[1]);
    }
}
