package org.echotrace.link.cases;

import java.util.Map;

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
     * clef2020-checkthat-task2-en (800 tweets; "free for general research use"), by feature name;
     * bge-small and e5-small embed claims with their query marks.
     */
    Fusion DEFAULT = LinearFusion.of(Map.ofEntries(
            Map.entry("bm25_all", 0.8942), Map.entry("bm25_title", 0.8834), Map.entry("bm25_summary", -0.0274),
            Map.entry("bm25_raw", 0.3187), Map.entry("rr_bm25", 1.7885),
            Map.entry("cos_title_minilm", 3.3932), Map.entry("cos_summary_minilm", 2.5470), Map.entry("rr_cos_minilm", 2.5387),
            Map.entry("cos_title_bge", 1.7873), Map.entry("cos_summary_bge", 1.4480), Map.entry("rr_cos_bge", 2.5497),
            Map.entry("cover_words", 0.4079), Map.entry("cover_pairs", 0.3581), Map.entry("year_match", 0.4728),
            Map.entry("author_named", 0.5127)));

    /**
     * Fitted as {@link #DEFAULT} with the other models' features held at 0: the fusion of a matcher
     * that runs MiniLM alone (the same model in every slot).
     */
    Fusion MINILM_ONLY = LinearFusion.of(Map.ofEntries(
            Map.entry("bm25_all", 1.0218), Map.entry("bm25_title", 1.0708), Map.entry("bm25_summary", 0.0470),
            Map.entry("bm25_raw", 0.2703), Map.entry("rr_bm25", 2.0396),
            Map.entry("cos_title_minilm", 4.2520), Map.entry("cos_summary_minilm", 3.3568), Map.entry("rr_cos_minilm", 3.5518),
            Map.entry("cover_words", 0.5620), Map.entry("cover_pairs", 0.4784), Map.entry("year_match", 0.4934),
            Map.entry("author_named", 0.3978)));

    /** Reciprocal-rank fusion of the BM25 list and each model's cosine list, with the customary constant 60. */
    Fusion RECIPROCAL_RANK = f -> {
        double s = rrf(f[Candidate.BM25_RANK]);
        for (int m = 0; m < Candidate.MODELS.size(); m++) {
            s += rrf(f[Candidate.cosTitle(m) + 2]);
        }
        return s;
    };

    Fusion BM25_ONLY = f -> f[Candidate.BM25_ALL];

    /** The first model's (MiniLM's) best cosine, title or summary. */
    Fusion COSINE_ONLY = f -> Math.max(f[Candidate.cosTitle(0)], f[Candidate.cosTitle(0) + 1]);

    /** The second model's (bge's) best cosine. */
    Fusion SECOND_COSINE_ONLY = f -> Math.max(f[Candidate.cosTitle(1)], f[Candidate.cosTitle(1) + 1]);

    /** The third model's (e5's) best cosine. */
    Fusion THIRD_COSINE_ONLY = f -> Math.max(f[Candidate.cosTitle(2)], f[Candidate.cosTitle(2) + 1]);

    private static double rrf(double reciprocalRank) {
        return reciprocalRank == 0 ? 0 : 1.0 / (60 + 1.0 / reciprocalRank);
    }
}
