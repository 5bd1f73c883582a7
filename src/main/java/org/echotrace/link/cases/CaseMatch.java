package org.echotrace.link.cases;

import org.echotrace.model.KnownCase;

/**
 * A known case ranked for a claim.
 *
 * @param rank     1-based position among the matches of the claim
 * @param score    the fused score that ranks the matches (higher is better; comparable within one claim)
 * @param lexical  the case's BM25 score over title and summary, over the best one's for this claim (0 to 1)
 * @param semantic the best cosine between the claim and the case's title or summary
 */
public record CaseMatch(KnownCase knownCase, int rank, double score, double lexical, double semantic) {
}
