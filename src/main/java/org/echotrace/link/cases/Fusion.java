package org.echotrace.link.cases;

import java.util.List;

/**
 * How a candidate's lexical and embedding evidence ({@link Candidate#FEATURES}) becomes the one score
 * that ranks it.
 *
 * <p>Design decision: the default is normalised score interpolation, not reciprocal-rank fusion.
 * RRF keeps only ranks, so a case first by a wide margin in one list counts no more than one first
 * by a hair; interpolating BM25 scaled by the claim's best BM25 with raw cosines keeps the margins,
 * and fitting the weights on labelled pairs ({@link FusionFit}, on the CheckThat! training tweets,
 * never the dev or test ones) sets how far each list is trusted. The evaluation prints RRF, BM25
 * alone and cosine alone beside it.
 */
@FunctionalInterface
public interface Fusion {
    double score(double[] features);

    /**
     * Fitted by {@code echotrace eval claim-matching --fit} on the train split of
     * clef2020-checkthat-task2-en (800 tweets; "free for general research use"), in the order of
     * {@link Candidate#FEATURES}, bias last.
     */
    Fusion DEFAULT = new LinearFusion(List.of(1.1484, 1.0571, -0.0787, 0.1761, 4.5160, 3.4419, 2.2902, 3.4143,
            0.5734, 0.5610, 0.3760, 0.0));

    /** Reciprocal-rank fusion of the BM25 and cosine lists, with the customary constant 60. */
    Fusion RECIPROCAL_RANK = f -> rrf(f[6]) + rrf(f[7]);

    Fusion BM25_ONLY = f -> f[0];

    Fusion COSINE_ONLY = f -> Math.max(f[4], f[5]);

    private static double rrf(double reciprocalRank) {
        return reciprocalRank == 0 ? 0 : 1.0 / (60 + 1.0 / reciprocalRank);
    }
}
