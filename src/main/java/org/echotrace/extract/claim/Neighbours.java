package org.echotrace.extract.claim;

import org.echotrace.model.SpanIndex;
import org.echotrace.model.TextSpan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the relation scorer reads of a candidate's fellow candidates, gathered once an article: how
 * many share its sentence and whether it has the best tagger margin among them, whether another's
 * content holds its cue (it is nested) and whether its content holds another's cue (it frames one).
 * Design decision: indexed, not read candidate by candidate for each candidate; the answers are
 * the same, and a 3 MB article's 30,000 candidates made that 900 million comparisons.
 */
final class Neighbours {
    private final SpanIndex cues;
    private final SpanIndex contents;
    private final int[] sentence;
    private final float[] margin;
    /** Per sentence: how many candidates, the one with the best margin, and the best margin of the others. */
    private final Map<Integer, int[]> count = new HashMap<>();
    private final Map<Integer, Integer> best = new HashMap<>();
    private final Map<Integer, Float> second = new HashMap<>();

    Neighbours(List<Candidate> all) {
        int n = all.size();
        sentence = new int[n];
        margin = new float[n];
        for (int i = 0; i < n; i++) {
            Found f = all.get(i).found();
            sentence[i] = f.sentence();
            margin[i] = all.get(i).margin();
            count.computeIfAbsent(f.sentence(), k -> new int[1])[0]++;
            Integer b = best.get(f.sentence());
            if (b == null) {
                best.put(f.sentence(), i);
            } else if (margin[i] > margin[b]) {
                second.merge(f.sentence(), margin[b], Math::max);
                best.put(f.sentence(), i);
            } else {
                second.merge(f.sentence(), margin[i], Math::max);
            }
        }
        cues = new SpanIndex(all.stream().map(c -> c.found().cue()).toList());
        contents = SpanIndex.owned(all.stream().map(c -> c.found().content()).toList());
    }

    /** How many other candidates share candidate {@code i}'s sentence. */
    int rivals(int i) {
        return count.get(sentence[i])[0] - 1;
    }

    /** Whether no other candidate of its sentence has a larger margin. */
    boolean surest(int i) {
        int b = best.get(sentence[i]);
        float others = b != i ? margin[b] : second.getOrDefault(sentence[i], Float.NEGATIVE_INFINITY);
        return others <= margin[i];
    }

    /** Whether another candidate's content holds candidate {@code i}'s cue. */
    boolean nested(int i, Found f) {
        return contents.anyContaining(f.cue(), i);
    }

    /** Whether candidate {@code i}'s content holds another candidate's cue. */
    boolean frames(int i, Found f) {
        for (TextSpan part : f.content()) {
            if (cues.anyInside(part, i)) {
                return true;
            }
        }
        return false;
    }
}
