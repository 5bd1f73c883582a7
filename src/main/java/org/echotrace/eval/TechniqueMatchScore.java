package org.echotrace.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.model.Technique;

/**
 * Technique classification on given fragments as SemEval-2020 Task 11 scores it: micro-averaged
 * precision, recall and F1 over the gold lines, plus per class. A fragment labelled twice (two gold
 * lines, same span) is matched as a multiset, the best alignment of predicted to gold labels, as the
 * official scorer's version 2 does.
 */
public final class TechniqueMatchScore {
    private final Map<Technique, long[]> counts = new EnumMap<>(Technique.class);
    private long predictedTotal;
    private long goldTotal;
    private long matchedTotal;

    public TechniqueMatchScore() {
        for (Technique t : Technique.values()) {
            counts.put(t, new long[3]);
        }
    }

    /** Adds one fragment: the labels predicted for it and its gold labels (same span, one per line). */
    public void add(List<Technique> predicted, List<Technique> gold) {
        List<Technique> unmatched = new ArrayList<>(gold);
        for (Technique p : predicted) {
            counts.get(p)[1]++;
            predictedTotal++;
            if (unmatched.remove(p)) {
                counts.get(p)[0]++;
                matchedTotal++;
            }
        }
        for (Technique g : gold) {
            counts.get(g)[2]++;
            goldTotal++;
        }
    }

    public double microF1() {
        return f1(matchedTotal, predictedTotal, goldTotal);
    }

    /** F1 of one class. */
    public double f1(Technique t) {
        long[] c = counts.get(t);
        return f1(c[0], c[1], c[2]);
    }

    private static double f1(long matched, long predicted, long gold) {
        double p = predicted == 0 ? 0 : (double) matched / predicted;
        double r = gold == 0 ? 0 : (double) matched / gold;
        return p > 0 && r > 0 ? 2 * p * r / (p + r) : 0;
    }

    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("micro_f1", Metrics.round(microF1()));
        m.put("precision", Metrics.round(predictedTotal == 0 ? 0 : (double) matchedTotal / predictedTotal));
        m.put("recall", Metrics.round(goldTotal == 0 ? 0 : (double) matchedTotal / goldTotal));
        m.put("gold_labels", goldTotal);
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (Map.Entry<Technique, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("f1", Metrics.round(f1(c[0], c[1], c[2])));
            one.put("precision", Metrics.round(c[1] == 0 ? 0 : (double) c[0] / c[1]));
            one.put("recall", Metrics.round(c[2] == 0 ? 0 : (double) c[0] / c[2]));
            one.put("gold", c[2]);
            perClass.put(e.getKey().label(), one);
        }
        m.put("per_class", perClass);
        return m;
    }
}
