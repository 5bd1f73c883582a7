package org.echotrace.link.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fits the {@link Fusion} weights on labelled claims: a pairwise logistic model (RankNet's loss)
 * over every (relevant, non-relevant) pair of candidates of a claim, by full-batch gradient descent
 * from zero with an L2 penalty: deterministic, no seed needed.
 *
 * <p>Design decision: pairwise rather than pointwise, because only the order within a claim
 * matters and a claim has one relevant case among hundreds of candidates; a pointwise model would
 * spend itself on calibrating the rare positives. The bias does not change an order and stays 0.
 */
public final class FusionFit {
    private static final int ITERATIONS = 1000;
    private static final double RATE = 4.0;
    private static final double L2 = 1e-4;

    private FusionFit() {
    }

    /**
     * The feature differences (relevant minus non-relevant) of every pair of candidates of the
     * labelled claims, row after row in one array: the fit passes over them a thousand times.
     */
    public static final class Pairs {
        private final double[] diffs;
        private final int size;

        private Pairs(double[] diffs, int size) {
            this.diffs = diffs;
            this.size = size;
        }

        public int size() {
            return size;
        }
    }

    /** The pairs of labelled claims and the ids of the cases that verify each; a candidate is relevant when one of its copies is. */
    public static Pairs pairs(CaseMatcher matcher, List<String> claims, List<Set<String>> relevant) {
        return pairsOf(matcher, matcher.candidatesAll(claims), relevant);
    }

    /** Per claim, per candidate: whether one of the candidate's copies verifies the claim. */
    static List<boolean[]> labels(CaseMatcher matcher, List<List<Candidate>> all, List<Set<String>> relevant) {
        List<boolean[]> out = new ArrayList<>(all.size());
        for (int q = 0; q < all.size(); q++) {
            Set<String> gold = relevant.get(q);
            List<Candidate> cands = all.get(q);
            boolean[] hit = new boolean[cands.size()];
            for (int i = 0; i < hit.length; i++) {
                hit[i] = matcher.casesOf(cands.get(i).ord()).stream().anyMatch(k -> gold.contains(k.id()));
            }
            out.add(hit);
        }
        return out;
    }

    /** Boosted rounds and tree depth of the shipped fusion, chosen by cross-validation on the train tweets. */
    public static final int SHIPPED_TREES = 100;
    public static final int SHIPPED_DEPTH = 2;

    /**
     * A fitted linear fusion corrected by {@link #SHIPPED_TREES} boosted trees ({@link BoostedFit})
     * fitted on the same labelled claims.
     */
    public static Fusion boost(CaseMatcher matcher, LinearFusion linear, List<String> claims, List<Set<String>> relevant) {
        List<List<Candidate>> all = matcher.candidatesAll(claims);
        return BoostedFit.fit(linear, all, labels(matcher, all, relevant), BoostedFit.Settings.of(SHIPPED_TREES, SHIPPED_DEPTH));
    }

    /** The pairs of claims whose candidates were found already, one list per claim. */
    static Pairs pairsOf(CaseMatcher matcher, List<List<Candidate>> all, List<Set<String>> relevant) {
        int d = Candidate.FEATURES.size();
        List<double[]> diffs = new ArrayList<>();
        for (int q = 0; q < all.size(); q++) {
            List<double[]> pos = new ArrayList<>();
            List<double[]> neg = new ArrayList<>();
            Set<String> gold = relevant.get(q);
            for (Candidate c : all.get(q)) {
                boolean hit = matcher.casesOf(c.ord()).stream().anyMatch(k -> gold.contains(k.id()));
                (hit ? pos : neg).add(c.features());
            }
            for (double[] p : pos) {
                for (double[] n : neg) {
                    double[] x = new double[d];
                    for (int i = 0; i < d; i++) {
                        x[i] = (p[i] - n[i]) / pos.size();
                    }
                    diffs.add(x);
                }
            }
        }
        double[] flat = new double[diffs.size() * d];
        for (int r = 0; r < diffs.size(); r++) {
            System.arraycopy(diffs.get(r), 0, flat, r * d, d);
        }
        return new Pairs(flat, diffs.size());
    }

    /** Weights learned from claims and the ids of the cases that verify each. */
    public static LinearFusion fit(CaseMatcher matcher, List<String> claims, List<Set<String>> relevant) {
        return fit(pairs(matcher, claims, relevant), Set.of());
    }

    /** Weights learned from pairs, the features named in {@code dropped} held at 0 (for ablations). */
    public static LinearFusion fit(Pairs pairs, Set<String> dropped) {
        int d = Candidate.FEATURES.size();
        boolean[] use = new boolean[d];
        for (int i = 0; i < d; i++) {
            use[i] = !dropped.contains(Candidate.FEATURES.get(i));
        }
        double[] x = pairs.diffs;
        int n = pairs.size;
        double[] w = new double[d];
        double[] grad = new double[d];
        for (int it = 0; it < ITERATIONS && n > 0; it++) {
            java.util.Arrays.fill(grad, 0);
            for (int r = 0, o = 0; r < n; r++, o += d) {
                double s = 0;
                for (int i = 0; i < d; i++) {
                    s += w[i] * x[o + i];
                }
                double g = -1.0 / (1.0 + Math.exp(s));
                for (int i = 0; i < d; i++) {
                    grad[i] += g * x[o + i];
                }
            }
            for (int i = 0; i < d; i++) {
                if (use[i]) {
                    w[i] -= RATE * (grad[i] / n + L2 * w[i]);
                }
            }
        }
        List<Double> weights = new ArrayList<>();
        for (double v : w) {
            weights.add(v);
        }
        weights.add(0.0);
        return new LinearFusion(weights);
    }
}
