package org.echotrace.cluster;

/**
 * Two claims that repeat each other, {@code first} before {@code second} in key order.
 *
 * @param wordJaccard     Jaccard of their word 3-gram sets
 * @param skeletonJaccard Jaccard of their content words' spelling skeletons
 * @param cosine          cosine of their sentence vectors
 * @param sameArticle     both claims are in one article (a statement quoted twice)
 */
public record DuplicatePair(String first, String second, PairKind kind, double wordJaccard, double skeletonJaccard,
                            double cosine, boolean sameArticle) {
}
