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
 * never the dev or test ones) sets how far each list is trusted; boosted trees over that sum
 * ({@link BoostedFusion}) correct what a weighted sum cannot say. The evaluation prints RRF, BM25
 * alone, each cosine alone and the fusion of MiniLM alone beside it.
 */
@FunctionalInterface
public interface Fusion {
    double score(double[] features);

    /**
     * Fitted by {@code echotrace eval claim-matching --save FILE} on the train split of
     * clef2020-checkthat-task2-en (800 tweets; "free for general research use"): the linear
     * weights and the boosted trees in {@code claim-fusion.tsv} beside this class
     * ({@link FusionFile}), for MiniLM, bge-small and e5-small (claims with their query marks).
     */
    Fusion DEFAULT = FusionFile.resource("claim-fusion.tsv");

    /**
     * The linear part fitted as {@link #DEFAULT} with the bge and e5 features held at 0: the fusion
     * of a matcher that runs MiniLM alone (the same model in every slot).
     */
    Fusion MINILM_ONLY = LinearFusion.of(Map.ofEntries(
            Map.entry("bm25_all", 0.8628), Map.entry("bm25_title", 0.9345), Map.entry("bm25_summary", 0.1781),
            Map.entry("bm25_raw", 0.1536), Map.entry("rr_bm25", 1.7156), Map.entry("cos_title_minilm", 3.4389),
            Map.entry("cos_summary_minilm", 2.7928), Map.entry("rr_cos_minilm", 2.9551), Map.entry("cover_words", 0.3886),
            Map.entry("cover_pairs", 0.3851), Map.entry("year_match", 0.3354), Map.entry("author_named", 0.144),
            Map.entry("numbers_shared", 0.2849), Map.entry("names_shared", 0.9263), Map.entry("tags_shared", 0.2961),
            Map.entry("claim_covered", 0.3887), Map.entry("title_length", 0.5359), Map.entry("copies", 1.0904),
            Map.entry("align_claim", 0.6301), Map.entry("align_title", 0.7271), Map.entry("align_claim_idf", 0.762),
            Map.entry("align_title_idf", 0.9323), Map.entry("cos_sentence_minilm", 2.7378)));

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
