package org.echotrace.link.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits the trees of a {@link BoostedFusion} on labelled claims: LambdaRank-style boosting from a
 * fitted linear fusion. Each round gives every candidate the gradient and curvature of RankNet's
 * pairwise loss over its claim's (relevant, non-relevant) pairs, fits a small regression tree to
 * them on quantile-binned features, and adds its Newton-step leaves, shrunk by the learning rate.
 * Only a claim's {@value #TOP} best candidates by the linear fusion (and its relevant ones) are
 * learned from: the trees are to reorder the head of the list, where the linear model's mistakes
 * cost MAP@5.
 * Deterministic: no sampling, ties between splits broken by feature and bin order.
 *
 * <p>Design decision: boosting on top of the linear fusion rather than trees alone: with 800 train
 * tweets, one relevant case each, trees from scratch have too few positives to learn the weighted
 * sum the linear model already gets right; as corrections they only have to learn its exceptions.
 * Curvature-weighted leaves ({@code sum g / (sum h + L2)}) keep leaves of easy negatives near 0.
 */
final class BoostedFit {
    private static final int BINS = 32;
    private static final double L2 = 1.0;
    private static final int MIN_LEAF = 20;
    /** Candidates of a claim the trees learn from: its best by the linear fusion, and every relevant one. */
    private static final int TOP = 50;
    private static final double RATE = 0.1;

    /** Rounds (trees), depth of each tree, least candidates in a leaf, and learning rate. */
    record Settings(int trees, int depth, int minLeaf, double rate) {
        Settings {
            if (trees < 0 || depth < 1 || minLeaf < 1 || !(rate > 0)) {
                throw new IllegalArgumentException("bad boosting settings " + trees + " trees, depth " + depth
                        + ", leaf " + minLeaf + ", rate " + rate);
            }
        }

        /** The given rounds and depth, with the least leaf and learning rate the fusion ships with. */
        static Settings of(int trees, int depth) {
            return new Settings(trees, depth, MIN_LEAF, RATE);
        }

        @Override
        public String toString() {
            return trees + "x" + depth;
        }
    }

    private BoostedFit() {
    }

    /**
     * @param candidates per claim, its candidates
     * @param relevant   per claim, per candidate, whether it verifies the claim
     */
    static BoostedFusion fit(LinearFusion base, List<List<Candidate>> candidates, List<boolean[]> relevant, Settings s) {
        if (s.trees() == 0) {
            return new BoostedFusion(base, List.of());
        }
        List<double[]> x = new ArrayList<>();
        List<Boolean> pos = new ArrayList<>();
        List<int[]> queries = new ArrayList<>();
        for (int q = 0; q < candidates.size(); q++) {
            boolean[] rel = relevant.get(q);
            List<Candidate> cands = candidates.get(q);
            Integer[] order = new Integer[cands.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(base.score(cands.get(b).features()), base.score(cands.get(a).features())));
            int from = x.size();
            int p = 0;
            for (int r = 0; r < order.length; r++) {
                int i = order[r];
                if (r < TOP || rel[i]) {
                    x.add(cands.get(i).features());
                    pos.add(rel[i]);
                    p += rel[i] ? 1 : 0;
                }
            }
            if (p == 0 || p == x.size() - from) {
                x.subList(from, x.size()).clear();
                pos.subList(from, pos.size()).clear();
            } else {
                queries.add(new int[] {from, x.size()});
            }
        }
        int n = x.size();
        int d = Candidate.FEATURES.size();
        double[][] thresholds = new double[d][];
        int[][] bin = new int[d][n];
        for (int f = 0; f < d; f++) {
            thresholds[f] = thresholds(x, f);
            for (int r = 0; r < n; r++) {
                int b = Arrays.binarySearch(thresholds[f], x.get(r)[f]);
                bin[f][r] = b >= 0 ? b : -b - 1;
            }
        }
        double[] score = new double[n];
        for (int r = 0; r < n; r++) {
            score[r] = base.score(x.get(r));
        }
        List<RegressionTree> trees = new ArrayList<>();
        double[] g = new double[n];
        double[] h = new double[n];
        for (int t = 0; t < s.trees(); t++) {
            Arrays.fill(g, 0);
            Arrays.fill(h, 0);
            for (int[] q : queries) {
                gradients(q[0], q[1], pos, score, g, h);
            }
            RegressionTree tree = new TreeGrower(bin, thresholds, g, h, s, L2).grow();
            trees.add(tree);
            for (int r = 0; r < n; r++) {
                score[r] += tree.score(x.get(r));
            }
        }
        return new BoostedFusion(base, trees);
    }

    /** RankNet's gradient (towards a higher score for the relevant one) and curvature, summed per candidate. */
    private static void gradients(int from, int to, List<Boolean> pos, double[] score, double[] g, double[] h) {
        int positives = 0;
        for (int i = from; i < to; i++) {
            positives += pos.get(i) ? 1 : 0;
        }
        for (int i = from; i < to; i++) {
            if (!pos.get(i)) {
                continue;
            }
            for (int j = from; j < to; j++) {
                if (pos.get(j)) {
                    continue;
                }
                double rho = 1.0 / (1.0 + Math.exp(score[i] - score[j])) / positives;
                double w = rho * (1 - rho * positives);
                g[i] += rho;
                g[j] -= rho;
                h[i] += w;
                h[j] += w;
            }
        }
    }

    /** Up to {@value #BINS} split points of a feature: distinct values at its quantiles, ascending. */
    private static double[] thresholds(List<double[]> x, int f) {
        double[] v = new double[x.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = x.get(r)[f];
        }
        Arrays.sort(v);
        double[] out = new double[BINS];
        int k = 0;
        for (int b = 1; b <= BINS; b++) {
            double t = v[Math.min(v.length - 1, (int) ((long) b * v.length / (BINS + 1)))];
            if (k == 0 || t > out[k - 1]) {
                out[k++] = t;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
