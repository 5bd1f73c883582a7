package org.echotrace.link.taxonomy;

/**
 * Decision thresholds on label probabilities: a narrative is given at {@code narrative} or more, a
 * sub-narrative at {@code subNarrative} or more; when no narrative reaches its threshold the most
 * likely one is still given if it reaches {@code fallback}, else the article is "Other".
 */
public record Thresholds(double narrative, double subNarrative, double fallback) {
    public Thresholds {
        for (double t : new double[] {narrative, subNarrative, fallback}) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("threshold outside [0, 1]: " + t);
            }
        }
    }
}
