package org.echotrace.link.cases;

import java.util.List;

/**
 * A case found for a claim by BM25 or by embedding, with the evidence the fusion weighs.
 *
 * @param ord      the case's position in the matcher's case list
 * @param features values in the order of {@link #FEATURES}
 */
record Candidate(int ord, double[] features) {
    /**
     * BM25 over title+summary, title and summary, each over the claim's best; log(1 + raw BM25);
     * cosine with title and summary; reciprocal ranks in the BM25 and cosine lists (0 outside);
     * share of the case title's content words and word pairs found in the claim; a year in both.
     */
    static final List<String> FEATURES = List.of("bm25_all", "bm25_title", "bm25_summary", "bm25_raw",
            "cos_title", "cos_summary", "rr_bm25", "rr_cos", "cover_words", "cover_pairs", "year_match");

    double lexical() {
        return features[0];
    }

    double semantic() {
        return Math.max(features[4], features[5]);
    }
}
