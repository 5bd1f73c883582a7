package org.echotrace.eval;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.echotrace.link.cases.CaseMatch;
import org.echotrace.link.cases.CaseMatcher;
import org.echotrace.link.cases.Fusion;
import org.echotrace.link.cases.FusionCrossValidation;
import org.echotrace.link.cases.FusionFit;
import org.echotrace.link.cases.VectorCache;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claim matching cross-validated on the CheckThat! train tweets: each tweet ranked by a fusion
 * fitted on the other folds ({@link FusionCrossValidation}). This is where settings are chosen
 * (which features, which models, how much boosting); the dev split is scored once per chosen
 * setting, never to choose. With ablations the boosting grid is left out (each costs five fits).
 */
public final class ClaimMatchingCrossValidation {
    /** The boosting settings compared: tree depths, and rounds (prefixes of one boosting run per depth). */
    private static final List<Integer> BOOST_DEPTHS = List.of(2, 3);
    private static final List<Integer> BOOST_TREES = List.of(25, 50, 100, 200);

    private ClaimMatchingCrossValidation() {
    }

    /** @param only with {@code ablate}, the feature groups to hold out ({@link ClaimMatchingEvaluation#ablations} names); all when empty */
    public static LinkedHashMap<String, Object> run(Path dataDir, Path vectors, int folds, boolean ablate,
                                                    java.util.Optional<List<String>> only, PrintStream log) {
        return run(dataDir, vectors, folds, FusionCrossValidation.SEED, ablate, only, log);
    }

    /**
     * As {@link #run(Path, Path, int, boolean, java.util.Optional, PrintStream)}, with folds from the shuffle
     * of {@code seed}; each held-out group is scored by the linear fusion and by the shipped boosting over
     * it (the trees fitted without that group too).
     */
    public static LinkedHashMap<String, Object> run(Path dataDir, Path vectors, int folds, long seed, boolean ablate,
                                                    java.util.Optional<List<String>> only, PrintStream log) {
        CheckThatData train = CheckThatData.read(dataDir, "train");
        PeakHeap.reset();
        long started = System.nanoTime();
        List<String> ids = List.copyOf(train.gold().keySet()).stream().filter(train.tweets()::containsKey).toList();
        List<String> texts = ids.stream().map(train.tweets()::get).toList();
        List<Set<String>> gold = ids.stream().map(train.gold()::get).toList();
        log.println("claim-matching cross-validation: " + ids.size() + " train tweets in " + folds + " folds against "
                + train.claims().size() + " verified claims; embedding what " + vectors + " lacks");
        LinkedHashMap<String, Object> result = new LinkedHashMap<>();
        result.put("task", "claim-matching");
        result.put("data", dataDir.toString());
        result.put("split", "train, " + folds + "-fold cross-validation");
        result.put("fold_seed", seed);
        try (CaseMatcher base = CaseMatcher.build(train.claims(), new ByteBuffersDirectory(), CaseMatcher.standardModels(),
                VectorCache.inFolder(vectors), Fusion.DEFAULT)) {
            FusionCrossValidation cv = FusionCrossValidation.of(base, texts, gold, folds, seed);
            List<List<CaseMatch>> ranked = cv.outOfFold(Set.of(), ClaimMatchingEvaluation.DEPTH);
            RankingScore score = ClaimMatchingEvaluation.score(train, ids, ranked);
            result.putAll(score.metrics());
            result.put("tweets_scored", score.queries());
            Map<String, Object> baselines = new LinkedHashMap<>();
            for (Map.Entry<String, Fusion> b : ClaimMatchingEvaluation.BASELINES.entrySet()) {
                baselines.put(b.getKey(), brief(train, ids, cv.rankedBy(b.getValue(), ClaimMatchingEvaluation.DEPTH)));
            }
            result.put("baselines", baselines);
            if (!ablate) {
                result.put("fused_minilm_only", brief(train, ids, cv.outOfFold(ClaimMatchingEvaluation.MINILM_ALONE,
                        ClaimMatchingEvaluation.DEPTH)));
            }
            log.println("cross-validated: " + brief(train, ids, ranked));
            Map<String, Object> boosted = new LinkedHashMap<>();
            for (int depth : ablate ? List.<Integer>of() : BOOST_DEPTHS) {
                List<List<List<CaseMatch>>> byTrees = cv.outOfFold(Set.of(), depth, BOOST_TREES, ClaimMatchingEvaluation.DEPTH);
                for (int t = 0; t < BOOST_TREES.size(); t++) {
                    Map<String, Double> s = brief(train, ids, byTrees.get(t));
                    boosted.put(BOOST_TREES.get(t) + " trees of depth " + depth, s);
                    log.println("cross-validated with " + BOOST_TREES.get(t) + " boosted trees of depth " + depth + ": " + s);
                }
            }
            if (!boosted.isEmpty()) {
                result.put("boosted", boosted);
            }
            if (ablate) {
                Map<String, Object> ablations = new LinkedHashMap<>();
                Map<String, Set<String>> groups = ClaimMatchingEvaluation.ablations();
                if (only.isPresent()) {
                    for (String name : only.get()) {
                        if (!groups.containsKey(name)) {
                            throw new IllegalArgumentException("no feature group '" + name + "' (known: " + groups.keySet() + ")");
                        }
                    }
                    groups.keySet().retainAll(only.get());
                }
                Map<String, Set<String>> all = new LinkedHashMap<>();
                all.put("nothing", Set.of());
                all.putAll(groups);
                for (Map.Entry<String, Set<String>> a : all.entrySet()) {
                    List<List<List<CaseMatch>>> r = cv.outOfFold(a.getValue(), FusionFit.SHIPPED_DEPTH,
                            List.of(0, FusionFit.SHIPPED_TREES), ClaimMatchingEvaluation.DEPTH);
                    Map<String, Object> s = new LinkedHashMap<>(brief(train, ids, r.get(0)));
                    s.put("boosted", brief(train, ids, r.get(1)));
                    ablations.put(a.getKey(), s);
                    log.println("cross-validated without " + a.getKey() + ": " + s);
                }
                result.put("ablations_refitted_without", ablations);
            }
            ClaimMatchingEvaluation.misses(train, ids, ranked, log);
        }
        result.put("seconds", RankingScore.round((System.nanoTime() - started) / 1e9));
        result.put("peak_heap_mb", PeakHeap.bytes() / (1024 * 1024));
        return result;
    }

    private static Map<String, Double> brief(CheckThatData data, List<String> ids, List<List<CaseMatch>> ranked) {
        return ClaimMatchingEvaluation.brief(ClaimMatchingEvaluation.score(data, ids, ranked));
    }
}
