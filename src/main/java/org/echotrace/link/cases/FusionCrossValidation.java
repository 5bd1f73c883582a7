package org.echotrace.link.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * K-fold cross-validation of the fusion on labelled claims: each claim is ranked by a fusion
 * fitted ({@link FusionFit}) on the claims of the other folds only, so every setting (a feature
 * group held out, a new feature) is judged on rankings its weights never saw. The candidates are
 * found once and reused by every fold and setting.
 *
 * <p>Design decision: folds from one seeded shuffle of the claims' order, so the same claims meet
 * the same folds in every run and two settings are compared on the same splits.
 */
public final class FusionCrossValidation {
    /** The fold seed of the shipped selection; {@link #of(CaseMatcher, List, List, int, long)} takes another to test a gain's robustness. */
    public static final long SEED = 20200;

    private final CaseMatcher matcher;
    private final List<List<Candidate>> candidates;
    private final List<Set<String>> relevant;
    private final List<boolean[]> labels;
    private final int[] fold;
    private final int folds;
    /** Each fold's linear fit per set of held-out features, shared by the rankings that boost from it. */
    private final java.util.Map<String, LinearFusion> linearFits = new java.util.HashMap<>();

    private FusionCrossValidation(CaseMatcher matcher, List<List<Candidate>> candidates, List<Set<String>> relevant,
                                  int[] fold, int folds) {
        this.matcher = matcher;
        this.candidates = candidates;
        this.relevant = relevant;
        this.labels = FusionFit.labels(matcher, candidates, relevant);
        this.fold = fold;
        this.folds = folds;
    }

    /**
     * @param claims   the labelled claims
     * @param relevant per claim, the ids of the cases that verify it
     * @param folds    how many folds, at least 2 and at most the number of claims
     */
    public static FusionCrossValidation of(CaseMatcher matcher, List<String> claims, List<Set<String>> relevant, int folds) {
        return of(matcher, claims, relevant, folds, SEED);
    }

    /** As {@link #of(CaseMatcher, List, List, int)}, with folds from the shuffle of {@code seed}. */
    public static FusionCrossValidation of(CaseMatcher matcher, List<String> claims, List<Set<String>> relevant, int folds,
                                           long seed) {
        if (folds < 2 || folds > claims.size()) {
            throw new IllegalArgumentException("cross-validation needs 2 to " + claims.size() + " folds, not " + folds);
        }
        if (relevant.size() != claims.size()) {
            throw new IllegalArgumentException(claims.size() + " claims but " + relevant.size() + " sets of relevant cases");
        }
        return new FusionCrossValidation(matcher, matcher.candidatesAll(claims), List.copyOf(relevant),
                assign(claims.size(), folds, seed), folds);
    }

    /** Fold of each of {@code n} items: a seeded shuffle dealt round-robin, so folds differ in size by at most one. */
    static int[] assign(int n, int folds, long seed) {
        return org.echotrace.link.taxonomy.NarrativeTrainer.folds(n, folds, seed);
    }

    /**
     * The best {@code k} cases of each claim (in the claims' order), each ranked by a fusion fitted
     * on the other folds with the features named in {@code dropped} held at 0.
     */
    public List<List<CaseMatch>> outOfFold(Set<String> dropped, int k) {
        return outOfFold(dropped, 1, List.of(0), k).get(0);
    }

    /**
     * As {@link #outOfFold(Set, int)}, the linear fusion of each fold corrected by boosted trees of
     * {@code depth} ({@link BoostedFit}) fitted on the same folds: one ranking per entry of
     * {@code trees} (ascending), each by that many rounds of the same boosting; 0 trees is the
     * linear fusion alone.
     */
    public List<List<List<CaseMatch>>> outOfFold(Set<String> dropped, int depth, List<Integer> trees, int k) {
        List<List<List<CaseMatch>>> out = new ArrayList<>();
        for (int t = 0; t < trees.size(); t++) {
            List<List<CaseMatch>> perClaim = new ArrayList<>(candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                perClaim.add(List.of());
            }
            out.add(perClaim);
        }
        int most = trees.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int f = 0; f < folds; f++) {
            List<List<Candidate>> trainCands = new ArrayList<>();
            List<Set<String>> trainGold = new ArrayList<>();
            List<boolean[]> trainLabels = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (fold[i] != f) {
                    trainCands.add(candidates.get(i));
                    trainGold.add(relevant.get(i));
                    trainLabels.add(labels.get(i));
                }
            }
            LinearFusion linear = linearFits.computeIfAbsent(f + " " + new java.util.TreeSet<>(dropped),
                    key -> FusionFit.fit(FusionFit.pairsOf(matcher, trainCands, trainGold), dropped));
            BoostedFusion boosted = BoostedFit.fit(linear, masked(trainCands, dropped), trainLabels,
                    BoostedFit.Settings.of(most, depth));
            for (int t = 0; t < trees.size(); t++) {
                CaseMatcher fitted = matcher.withFusion(boosted.first(trees.get(t)));
                for (int i = 0; i < candidates.size(); i++) {
                    if (fold[i] == f) {
                        out.get(t).set(i, fitted.rank(candidates.get(i), k));
                    }
                }
            }
        }
        return out;
    }

    /** The candidates with the features named in {@code dropped} at 0, so trees fitted on them never split on those. */
    private static List<List<Candidate>> masked(List<List<Candidate>> candidates, Set<String> dropped) {
        if (dropped.isEmpty()) {
            return candidates;
        }
        int[] zero = dropped.stream().mapToInt(Candidate.FEATURES::indexOf).filter(i -> i >= 0).toArray();
        List<List<Candidate>> out = new ArrayList<>(candidates.size());
        for (List<Candidate> cs : candidates) {
            out.add(cs.stream().map(c -> {
                double[] x = c.features().clone();
                for (int i : zero) {
                    x[i] = 0;
                }
                return new Candidate(c.ord(), x);
            }).toList());
        }
        return out;
    }

    /** The same claims ranked by a fixed fusion (a baseline beside the folds' fits). */
    public List<List<CaseMatch>> rankedBy(Fusion fusion, int k) {
        CaseMatcher m = matcher.withFusion(fusion);
        return candidates.stream().map(c -> m.rank(c, k)).toList();
    }
}
