package org.echotrace.link.cases;

import java.util.List;

/**
 * A linear fusion corrected by boosted regression trees ({@link BoostedFit}): the trees add to the
 * linear log-odds what a weighted sum cannot say, such as trusting BM25 more when every embedding
 * agrees, or a cosine margin mattering only when the best cosines are low.
 */
record BoostedFusion(LinearFusion base, List<RegressionTree> trees) implements Fusion {
    BoostedFusion {
        trees = List.copyOf(trees);
    }

    /** The same fusion with only its first {@code n} trees (boosting is additive: the model after n rounds). */
    BoostedFusion first(int n) {
        return new BoostedFusion(base, trees.subList(0, Math.min(n, trees.size())));
    }

    @Override
    public double score(double[] features) {
        double s = base.score(features);
        for (RegressionTree t : trees) {
            s += t.score(features);
        }
        return s;
    }
}
