package org.echotrace.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Single-label classification scores as the CASE 2021 Task 2 evaluation reports them (and
 * scikit-learn's {@code classification_report}): per-class precision, recall and F1; their mean
 * over the classes (macro) and their mean weighted by each class's gold support (weighted); and
 * micro F1, which for one label per item is the accuracy. Classes are those of the gold labels and
 * of the predictions, so a class only ever predicted counts with F1 0 in the macro mean.
 */
public final class ClassificationScore {
    private final Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
    private int total;
    private int correct;

    public void add(String gold, String predicted) {
        total++;
        if (gold.equals(predicted)) {
            correct++;
            counts.computeIfAbsent(gold, k -> new int[3])[0]++;
        } else {
            counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
            counts.computeIfAbsent(gold, k -> new int[3])[2]++;
        }
    }

    public int total() {
        return total;
    }

    public double micro() {
        return total == 0 ? 0 : (double) correct / total;
    }

    public double macro() {
        Set<String> classes = new TreeSet<>(counts.keySet());
        if (classes.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String c : classes) {
            sum += f1(counts.get(c));
        }
        return sum / classes.size();
    }

    public double weighted() {
        double sum = 0;
        int support = 0;
        for (int[] c : counts.values()) {
            int s = c[0] + c[2];
            sum += s * f1(c);
            support += s;
        }
        return support == 0 ? 0 : sum / support;
    }

    /** Per class: precision, recall, f1, support, rounded to four places. */
    public Map<String, Map<String, Object>> perClass() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", round(ratio(c[0], c[0] + c[1])));
            m.put("recall", round(ratio(c[0], c[0] + c[2])));
            m.put("f1", round(f1(c)));
            m.put("support", c[0] + c[2]);
            out.put(e.getKey(), m);
        }
        return out;
    }

    private static double f1(int[] c) {
        double p = ratio(c[0], c[0] + c[1]);
        double r = ratio(c[0], c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
