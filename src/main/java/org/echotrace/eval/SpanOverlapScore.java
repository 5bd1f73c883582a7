package org.echotrace.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.extract.technique.TechniqueTrainer;
import org.echotrace.model.TextSpan;

/**
 * Span identification as SemEval-2020 Task 11 scores it: overlapping spans of one article are merged
 * (gold and predicted alike, the official scorer's {@code -m}); every predicted span earns
 * {@code |p ∩ g| / |p|} of precision and every gold span {@code |p ∩ g| / |g|} of recall, summed over
 * all pairs; precision divides by the number of predicted spans, recall by the number of gold spans.
 * With no span on either side F1 is 1, as the official scorer has it.
 */
public final class SpanOverlapScore {
    private double precisionSum;
    private double recallSum;
    private long predicted;
    private long gold;

    /** Adds one article. */
    public void add(List<TextSpan> predictedSpans, List<TextSpan> goldSpans) {
        List<TextSpan> p = TechniqueTrainer.merge(predictedSpans);
        List<TextSpan> g = TechniqueTrainer.merge(goldSpans);
        predicted += p.size();
        gold += g.size();
        for (TextSpan s : p) {
            for (TextSpan t : g) {
                int overlap = Math.min(s.end(), t.end()) - Math.max(s.start(), t.start());
                if (overlap > 0) {
                    precisionSum += (double) overlap / s.length();
                    recallSum += (double) overlap / t.length();
                }
            }
        }
    }

    public double precision() {
        return predicted == 0 ? 0 : precisionSum / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : recallSum / gold;
    }

    public double f1() {
        if (predicted == 0 && gold == 0) {
            return 1;
        }
        double p = precision();
        double r = recall();
        return p > 0 && r > 0 ? 2 * p * r / (p + r) : 0;
    }

    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("f1", Metrics.round(f1()));
        m.put("precision", Metrics.round(precision()));
        m.put("recall", Metrics.round(recall()));
        m.put("predicted_spans", predicted);
        m.put("gold_spans", gold);
        return m;
    }
}
