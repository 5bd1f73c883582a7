package org.echotrace.eval;

import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Counts as htmldate's {@code tests/evaluation.py} and {@code comparison.py} do: the day-exact gold
 * date found is a true positive, another date a false positive, no date a false negative. There are
 * no true negatives: every page of the set has a date.
 */
public final class DateScore {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    /** Scores one page: {@code found} is the extracted ISO date, if any; a month or year never matches a day. */
    public void add(Optional<String> found, String gold) {
        if (found.isEmpty()) {
            falseNegatives++;
        } else if (found.get().equals(gold)) {
            truePositives++;
        } else {
            falsePositives++;
        }
    }

    public int truePositives() {
        return truePositives;
    }

    public int falsePositives() {
        return falsePositives;
    }

    public int falseNegatives() {
        return falseNegatives;
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double accuracy() {
        return ratio(truePositives, truePositives + falsePositives + falseNegatives);
    }

    public double fScore() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Counts and the four measures, rounded to four places as htmldate prints them. */
    public LinkedHashMap<String, Object> metrics() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("pages", truePositives + falsePositives + falseNegatives);
        m.put("true_positives", truePositives);
        m.put("false_positives", falsePositives);
        m.put("false_negatives", falseNegatives);
        m.put("precision", round(precision()));
        m.put("recall", round(recall()));
        m.put("accuracy", round(accuracy()));
        m.put("f_score", round(fScore()));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
