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
    Fusion DEFAULT = new LinearFusion(List.of(0.9148, 0.9615, -0.0398, 0.3170, 1.8171, 3.5569, 2.7080,
            2.7428, 1.8640, 1.5360, 2.1708, 0.4257, 0.3843, 0.4489, 0.4611, 0.0000));

    /** Reciprocal-rank fusion of the BM25 list and each model's cosine list, with the customary constant 60. */
    Fusion RECIPROCAL_RANK = f -> rrf(f[Candidate.BM25_RANK]) + rrf(f[Candidate.cosTitle(0) + 2])
            + rrf(f[Candidate.cosTitle(1) + 2]);

    Fusion BM25_ONLY = f -> f[Candidate.BM25_ALL];

    /** The first model's (MiniLM's) best cosine, title or summary. */
    Fusion COSINE_ONLY = f -> Math.max(f[Candidate.cosTitle(0)], f[Candidate.cosTitle(0) + 1]);

    /** The second model's (bge's) best cosine. */
    Fusion SECOND_COSINE_ONLY = f -> Math.max(f[Candidate.cosTitle(1)], f[Candidate.cosTitle(1) + 1]);

    private static double rrf(double reciprocalRank) {
        return reciprocalRank == 0 ? 0 : 1.0 / (60 + 1.0 / reciprocalRank);
    }
}
