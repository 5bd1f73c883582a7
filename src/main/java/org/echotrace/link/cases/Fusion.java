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
 * alone, each cosine alone and the fusion without the second model beside it.
 */
@FunctionalInterface
public interface Fusion {
    double score(double[] features);

    /**
     * Fitted by {@code echotrace eval claim-matching --fit} on the train split of
     * clef2020-checkthat-task2-en (800 tweets; "free for general research use"), in the order of
     * {@link Candidate#FEATURES}, bias last, for MiniLM in the first slot and bge-small (claims
     * embedded with its query instruction) in the second.
     */
    Fusion DEFAULT = new LinearFusion(List.of(0.8942, 0.8834, -0.0274, 0.3187, 1.7885, 3.3932, 2.5470,
            2.5387, 1.7873, 1.4480, 2.5497, 0.4079, 0.3581, 0.4728, 0.5127, 0.0000));

    /**
     * Fitted as {@link #DEFAULT} with the second model's features held at 0: the fusion of a matcher
     * that runs MiniLM alone (the same model in both slots).
     */
    Fusion MINILM_ONLY = new LinearFusion(List.of(1.0218, 1.0708, 0.0470, 0.2703, 2.0396, 4.2520, 3.3568,
            3.5518, 0.0000, 0.0000, 0.0000, 0.5620, 0.4784, 0.4934, 0.3978, 0.0000));

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
