package org.echotrace.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Samples F1 as SemEval-2025 Task 10's subtask-2 scorer defines it: for each article, the binary F1
 * of its gold and predicted label sets, both restricted to the task's class list (labels outside it
 * are ignored, repeats count once), with F1 = 0 when neither set keeps a label; then the mean and
 * the population standard deviation over articles.
 *
 * <p>Design decision: gold and prediction are paired by article id. The official scorer pairs them
 * by the order of the two files, which gives the same pairs when the prediction file lists the
 * gold file's articles in its order, as every file we write does.
 */
public final class SamplesF1 {
    private final Set<String> classes;
    private final List<Double> scores = new ArrayList<>();

    public SamplesF1(Collection<String> classes) {
        this.classes = new TreeSet<>(classes);
    }

    /** Adds one article; returns its F1. */
    public double add(Collection<String> gold, Collection<String> predicted) {
        double f1 = f1(gold, predicted);
        scores.add(f1);
        return f1;
    }

    double f1(Collection<String> gold, Collection<String> predicted) {
        Set<String> g = kept(gold);
        Set<String> p = kept(predicted);
        int tp = 0;
        for (String label : p) {
            if (g.contains(label)) {
                tp++;
            }
        }
        return tp == 0 ? 0.0 : 2.0 * tp / (g.size() + p.size());
    }

    private Set<String> kept(Collection<String> labels) {
        Set<String> out = new TreeSet<>();
        for (String l : labels) {
            if (classes.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    public int count() {
        return scores.size();
    }

    public double mean() {
        return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
    }

    public double std() {
        double m = mean();
        return Math.sqrt(scores.stream().mapToDouble(s -> (s - m) * (s - m)).average().orElse(0.0));
    }

    /** The scorer's two figures, rounded to 4 places. */
    public Map<String, Object> metrics(String prefix) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(prefix + "_f1", round(mean()));
        out.put(prefix + "_sd", round(std()));
        return out;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
