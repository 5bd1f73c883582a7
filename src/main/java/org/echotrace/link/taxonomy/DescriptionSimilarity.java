package org.echotrace.link.taxonomy;

import java.util.Arrays;
import java.util.List;

/**
 * How close an article's sentences come to each label description: the best sentence's cosine and
 * the mean of the best {@link #TOP} (a narrative is rarely carried by one sentence alone).
 */
final class DescriptionSimilarity {
    static final int TOP = 3;

    private DescriptionSimilarity() {
    }

    /** {@code out[2j]} = max cosine to description j, {@code out[2j+1]} = mean of the top three. */
    static double[] of(List<float[]> sentences, List<float[]> descriptions) {
        double[] out = new double[2 * descriptions.size()];
        if (sentences.isEmpty()) {
            return out;
        }
        double[] cos = new double[sentences.size()];
        for (int j = 0; j < descriptions.size(); j++) {
            float[] d = descriptions.get(j);
            for (int i = 0; i < cos.length; i++) {
                cos[i] = dot(sentences.get(i), d);
            }
            double[] sorted = cos.clone();
            Arrays.sort(sorted);
            int k = Math.min(TOP, sorted.length);
            double top = 0;
            for (int i = 0; i < k; i++) {
                top += sorted[sorted.length - 1 - i];
            }
            out[2 * j] = sorted[sorted.length - 1];
            out[2 * j + 1] = top / k;
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
