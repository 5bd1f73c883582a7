package org.echotrace.eval;

/** Rounding of reported figures, so a JSON line stays readable. */
final class Metrics {
    private Metrics() {
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
