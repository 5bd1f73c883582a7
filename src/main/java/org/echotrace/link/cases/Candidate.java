package org.echotrace.link.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * A case (a group of copies, {@link CaseGroups}) found for a claim by BM25 or by embedding, with
 * the evidence the fusion weighs.
 *
 * @param ord      the group's position in the matcher's group list
 * @param features values in the order of {@link #FEATURES}
 */
record Candidate(int ord, double[] features) {
    /** The embedding models whose cosines are features, in this order. */
    static final List<String> MODELS = List.of("minilm", "bge", "e5");

    static final int BM25_ALL = 0;
    static final int BM25_RANK = 4;
    static final int COSINE = 5;
    static final int PER_MODEL = 3;
    static final int OVERLAP = COSINE + PER_MODEL * MODELS.size();
    /** The first of the claim-side shares ({@link ClaimSignals#sharedWith}), then the case's title length and copies. */
    static final int SIGNALS = OVERLAP + 4;
    /** Soft word overlap ({@link WordAlignment}): the claim's words met in the case, the case title's met in the claim. */
    static final int ALIGN = SIGNALS + ClaimSignals.SIZE + 2;
    /** Per model, the best cosine of one of the claim's sentences with the case's title or summary. */
    static final int SENTENCE = ALIGN + 4;

    /**
     * BM25 over title+summary, title and summary, each over the claim's best; log(1 + raw BM25);
     * reciprocal rank in the BM25 list (0 outside); per model, cosine with title and summary and
     * reciprocal rank in that model's cosine list; share of the case title's content words and word
     * pairs found in the claim; a year in both; share of the tweet signer's name found in the case;
     * shares of the claim's numbers, capitalised words, hashtag and handle words and content words
     * found in the case; log(1 + the case title's content words); log of the case's copies; the
     * soft overlaps of the claim's words with the case's and of the case title's with the claim's,
     * plain and weighted by inverse document frequency; per model, the best cosine of one of the
     * claim's sentences with the case's title or summary.
     */
    static final List<String> FEATURES = names();

    private static List<String> names() {
        List<String> f = new ArrayList<>(List.of("bm25_all", "bm25_title", "bm25_summary", "bm25_raw", "rr_bm25"));
        for (String m : MODELS) {
            f.addAll(List.of("cos_title_" + m, "cos_summary_" + m, "rr_cos_" + m));
        }
        f.addAll(List.of("cover_words", "cover_pairs", "year_match", "author_named"));
        f.addAll(List.of("numbers_shared", "names_shared", "tags_shared", "claim_covered", "title_length", "copies"));
        f.addAll(List.of("align_claim", "align_title", "align_claim_idf", "align_title_idf"));
        for (String m : MODELS) {
            f.add("cos_sentence_" + m);
        }
        return List.copyOf(f);
    }

    static int cosTitle(int model) {
        return COSINE + PER_MODEL * model;
    }

    double lexical() {
        return features[BM25_ALL];
    }

    /** The best cosine of the first model, title or summary. */
    double semantic() {
        return Math.max(features[cosTitle(0)], features[cosTitle(0) + 1]);
    }
}
