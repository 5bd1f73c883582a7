package org.echotrace.eval;

import java.util.List;

/**
 * Scores an extractor's output against must-include and must-exclude segments exactly as
 * trafilatura's {@code tests/eval_common.py} does: whitespace is normalised in both, a {@code with}
 * segment found as a substring is a true positive (else a false negative), a {@code without} segment
 * found is a false positive (else a true negative); a failed extraction finds nothing. Counts are
 * summed over pages (micro average).
 */
public final class SegmentScorer {

    private long tp;
    private long fp;
    private long fn;
    private long tn;

    /** Python's {@code re.sub(r"\s+", " ", text).strip()}, whose \s is Unicode whitespace. */
    static String norm(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPythonSpace(c)) {
                space = true;
            } else {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u001f' || c == '\u0085';
    }

    /** Adds one page; {@code output} is null when the extractor failed. */
    public void add(List<String> with, List<String> without, String output) {
        if (output == null) {
            fn += with.size();
            tn += without.size();
            return;
        }
        String out = norm(output);
        for (String w : with) {
            if (out.contains(norm(w))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String w : without) {
            if (out.contains(norm(w))) {
                fp++;
            } else {
                tn++;
            }
        }
    }

    public void addAll(SegmentScorer other) {
        tp += other.tp;
        fp += other.fp;
        fn += other.fn;
        tn += other.tn;
    }

    public long truePositives() {
        return tp;
    }

    public long falsePositives() {
        return fp;
    }

    public long falseNegatives() {
        return fn;
    }

    public long trueNegatives() {
        return tn;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double accuracy() {
        long total = tp + fp + fn + tn;
        return total == 0 ? 0 : (double) (tp + tn) / total;
    }

    /** Precision, recall, accuracy, F1 (rounded to four places) and the four counts, for a JSON report. */
    public java.util.LinkedHashMap<String, Object> metrics() {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("precision", round(precision()));
        m.put("recall", round(recall()));
        m.put("accuracy", round(accuracy()));
        m.put("f1", round(f1()));
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("fn", fn);
        m.put("tn", tn);
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    public double f1() {
        long denom = 2 * tp + fp + fn;
        return denom == 0 ? 0 : 2.0 * tp / denom;
    }
}
