package org.echotrace.eval;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.echotrace.link.cases.CaseMatch;
import org.echotrace.link.cases.CaseMatcher;
import org.echotrace.link.cases.Fusion;
import org.echotrace.link.cases.FusionFile;
import org.echotrace.link.cases.FusionFit;
import org.echotrace.link.cases.LinearFusion;
import org.echotrace.link.cases.TextEmbedder;
import org.echotrace.link.cases.VectorCache;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verified-claim retrieval scored as CheckThat! 2020 Task 2 scores it ({@link RankingScore}): for
 * each tweet of a split, the 10,389 verified claims are ranked by the case matcher and the run is
 * scored against the split's gold pairs. BM25 alone, cosine alone and reciprocal-rank fusion are
 * scored beside the default fusion.
 *
 * <p>With {@code fit}, the fusion weights are first fitted on the {@code train} split (never on the
 * split scored, unless that is train itself, which the result then says).
 */
public final class ClaimMatchingEvaluation {
    /** The task's submissions held at most 1,000 claims per tweet. */
    static final int DEPTH = 1000;

    private ClaimMatchingEvaluation() {
    }

    /** Features held out together in an ablation: each is refitted on train without them. */
    private static final Map<String, Set<String>> ABLATIONS = ablations();

    public static LinkedHashMap<String, Object> run(Path dataDir, String split, Path vectors, boolean fit,
                                                    Optional<Path> runFile, PrintStream log) {
        return run(dataDir, split, vectors, fit, false, runFile, Optional.empty(), log);
    }

    /** @param save where to write the fusion fitted on train (with {@code fit}) */
    public static LinkedHashMap<String, Object> run(Path dataDir, String split, Path vectors, boolean fit, boolean ablate,
                                                    Optional<Path> runFile, Optional<Path> save, PrintStream log) {
        CheckThatData data = CheckThatData.read(dataDir, split);
        PeakHeap.reset();
        long started = System.nanoTime();
        VectorCache cache = VectorCache.inFolder(vectors);
        log.println("claim-matching: " + data.claims().size() + " verified claims, " + data.tweets().size()
                + " tweets in " + split + "; embedding what " + vectors + " lacks");
        LinkedHashMap<String, Object> result = new LinkedHashMap<>();
        result.put("task", "claim-matching");
        result.put("data", dataDir.toString());
        result.put("split", split);
        List<TimedEmbedder> models = CaseMatcher.standardModels().stream().map(TimedEmbedder::new).toList();
        try (CaseMatcher base = CaseMatcher.build(data.claims(), new ByteBuffersDirectory(), List.copyOf(models),
                cache, Fusion.DEFAULT)) {
            double built = (System.nanoTime() - started) / 1e9;
            Fusion fusion = Fusion.DEFAULT;
            Fusion miniLmOnly = Fusion.MINILM_ONLY;
            Map<String, Object> ablations = new LinkedHashMap<>();
            List<String> ids = List.copyOf(data.tweets().keySet());
            List<String> texts = ids.stream().map(data.tweets()::get).toList();
            if (fit || ablate) {
                CheckThatData train = split.equals("train") ? data : CheckThatData.read(dataDir, "train");
                List<String> trainIds = List.copyOf(train.gold().keySet()).stream().filter(train.tweets()::containsKey).toList();
                FusionFit.Pairs pairs = FusionFit.pairs(base, trainIds.stream().map(train.tweets()::get).toList(),
                        trainIds.stream().map(train.gold()::get).toList());
                LinearFusion fitted = FusionFit.fit(pairs, Set.of());
                log.println("fusion fitted on train (" + trainIds.size() + " tweets, " + pairs.size() + " pairs): "
                        + fitted.named());
                result.put("fusion_fitted_on", split.equals("train") ? "train (the split scored: in-sample)" : "train");
                result.put("fusion_weights", fitted.named());
                fusion = FusionFit.boost(base, fitted, trainIds.stream().map(train.tweets()::get).toList(),
                        trainIds.stream().map(train.gold()::get).toList());
                result.put("fusion_trees", FusionFit.SHIPPED_TREES + " of depth " + FusionFit.SHIPPED_DEPTH);
                if (save.isPresent()) {
                    FusionFile.write(fusion, save.get(), List.of("Claim-matching fusion fitted by: echotrace eval claim-matching --fit --save FILE",
                            "on the train split of clef2020-checkthat-task2-en (" + trainIds.size()
                                    + " tweets; \"free for general research use\"), linear weights then "
                                    + FusionFit.SHIPPED_TREES + " boosted trees of depth " + FusionFit.SHIPPED_DEPTH));
                    log.println("fitted fusion written to " + save.get());
                }
                LinearFusion single = FusionFit.fit(pairs, MINILM_ALONE);
                log.println("fusion of MiniLM alone fitted on train: " + single.named());
                result.put("fusion_weights_minilm_only", single.named());
                miniLmOnly = single;
                for (Map.Entry<String, Set<String>> a : ablate ? ABLATIONS.entrySet() : Set.<Map.Entry<String, Set<String>>>of()) {
                    RankingScore s = score(data, ids, base.withFusion(FusionFit.fit(pairs, a.getValue())).matchAll(texts, DEPTH));
                    ablations.put(a.getKey(), brief(s));
                    log.println("ablation " + a.getKey() + ": " + brief(s));
                }
            }
            long t0 = System.nanoTime();
            List<List<CaseMatch>> ranked = base.withFusion(fusion).matchAll(texts, DEPTH);
            double matchSeconds = (System.nanoTime() - t0) / 1e9;
            RankingScore score = score(data, ids, ranked);
            result.putAll(score.metrics());
            result.put("tweets_scored", score.queries());
            result.put("verified_claims", data.claims().size());
            Map<String, Object> baselines = new LinkedHashMap<>();
            for (Map.Entry<String, Fusion> b : BASELINES.entrySet()) {
                baselines.put(b.getKey(), brief(score(data, ids, base.withFusion(b.getValue()).matchAll(texts, DEPTH))));
            }
            result.put("baselines", baselines);
            result.put("fused_minilm_only", brief(score(data, ids, base.withFusion(miniLmOnly).matchAll(texts, DEPTH))));
            if (!ablations.isEmpty()) {
                result.put("ablations_refitted_without", ablations);
            }
            runFile.ifPresent(f -> writeRun(f, ids, ranked));
            misses(data, ids, ranked, log);
            result.put("index_and_embed_seconds", RankingScore.round(built));
            Map<String, Object> speeds = new LinkedHashMap<>();
            models.forEach(m -> speeds.put(m.model(), m.speed()));
            result.put("embedded_this_run", speeds);
            result.put("match_ms_per_tweet", RankingScore.round(matchSeconds * 1000 / Math.max(1, ids.size())));
        }
        result.put("seconds", RankingScore.round((System.nanoTime() - started) / 1e9));
        result.put("peak_heap_mb", PeakHeap.bytes() / (1024 * 1024));
        return result;
    }

    /** The features of the second and third models: held at 0, the fusion of a matcher that runs MiniLM alone. */
    static final Set<String> MINILM_ALONE = Set.of("cos_title_bge", "cos_summary_bge", "rr_cos_bge",
            "cos_title_e5", "cos_summary_e5", "rr_cos_e5", "cos_sentence_bge", "cos_sentence_e5");

    /** Fixed fusions scored beside the fitted one. */
    static final Map<String, Fusion> BASELINES = baselines();

    private static Map<String, Fusion> baselines() {
        Map<String, Fusion> b = new LinkedHashMap<>();
        b.put("bm25", Fusion.BM25_ONLY);
        b.put("cosine_bge", Fusion.SECOND_COSINE_ONLY);
        b.put("cosine_e5", Fusion.THIRD_COSINE_ONLY);
        b.put("cosine_minilm", Fusion.COSINE_ONLY);
        b.put("rrf", Fusion.RECIPROCAL_RANK);
        return b;
    }

    static Map<String, Set<String>> ablations() {
        Map<String, Set<String>> a = new LinkedHashMap<>();
        a.put("bge", Set.of("cos_title_bge", "cos_summary_bge", "rr_cos_bge"));
        a.put("e5", Set.of("cos_title_e5", "cos_summary_e5", "rr_cos_e5"));
        a.put("minilm", Set.of("cos_title_minilm", "cos_summary_minilm", "rr_cos_minilm"));
        a.put("bm25", Set.of("bm25_all", "bm25_title", "bm25_summary", "bm25_raw", "rr_bm25"));
        a.put("summary_field", Set.of("bm25_summary", "cos_summary_minilm", "cos_summary_bge", "cos_summary_e5"));
        a.put("rank_features", Set.of("rr_bm25", "rr_cos_minilm", "rr_cos_bge", "rr_cos_e5"));
        a.put("word_overlap", Set.of("cover_words", "cover_pairs", "year_match"));
        a.put("author_named", Set.of("author_named"));
        a.put("claim_signals", Set.of("numbers_shared", "names_shared", "tags_shared", "claim_covered", "title_length",
                "copies"));
        for (String f : List.of("numbers_shared", "names_shared", "tags_shared", "claim_covered", "title_length", "copies")) {
            a.put(f, Set.of(f));
        }
        Set<String> before = new java.util.TreeSet<>(a.get("e5"));
        before.addAll(a.get("claim_signals"));
        a.put("e5_and_claim_signals", Set.copyOf(before));
        a.put("word_alignment", Set.of("align_claim", "align_title", "align_claim_idf", "align_title_idf"));
        a.put("word_alignment_idf", Set.of("align_claim_idf", "align_title_idf"));
        a.put("word_alignment_plain", Set.of("align_claim", "align_title"));
        a.put("sentences", Set.of("cos_sentence_minilm", "cos_sentence_bge", "cos_sentence_e5"));
        Set<String> round = new java.util.TreeSet<>(a.get("word_alignment"));
        round.addAll(a.get("sentences"));
        a.put("alignment_and_sentences", Set.copyOf(round));
        return a;
    }

    static Map<String, Double> brief(RankingScore s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("map_at_1", RankingScore.round(s.meanAveragePrecision(1)));
        m.put("map_at_5", RankingScore.round(s.meanAveragePrecision(5)));
        m.put("mrr", RankingScore.round(s.meanReciprocalRank()));
        return m;
    }

    static RankingScore score(CheckThatData data, List<String> ids, List<List<CaseMatch>> ranked) {
        RankingScore score = new RankingScore(data.gold());
        for (int i = 0; i < ids.size(); i++) {
            List<RankingScore.Scored> run = new ArrayList<>();
            List<CaseMatch> r = ranked.get(i);
            double[] s = runScores(r);
            for (int j = 0; j < r.size(); j++) {
                run.add(new RankingScore.Scored(r.get(j).knownCase().id(), s[j]));
            }
            score.add(ids.get(i), run);
        }
        return score;
    }

    /**
     * The matches' scores made strictly decreasing down the ranking: the task's scorer re-sorts a
     * run by score and breaks ties by id, descending, which would put a case's later copy (same score,
     * higher id) above the one the matcher lists first.
     */
    static double[] runScores(List<CaseMatch> ranked) {
        double[] s = new double[ranked.size()];
        for (int j = 0; j < s.length; j++) {
            double x = ranked.get(j).score();
            s[j] = j == 0 ? x : Math.min(x, Math.nextDown(s[j - 1]));
        }
        return s;
    }

    /** Tweets whose verified claim is not first, to standard error, for error analysis. */
    static void misses(CheckThatData data, List<String> ids, List<List<CaseMatch>> ranked, PrintStream log) {
        for (int i = 0; i < ids.size(); i++) {
            Set<String> gold = data.gold().getOrDefault(ids.get(i), Set.of());
            List<CaseMatch> r = ranked.get(i);
            if (gold.isEmpty() || (!r.isEmpty() && gold.contains(r.get(0).knownCase().id()))) {
                continue;
            }
            int at = 0;
            for (int j = 0; j < r.size(); j++) {
                if (gold.contains(r.get(j).knownCase().id())) {
                    at = j + 1;
                    break;
                }
            }
            String first = r.isEmpty() ? "nothing" : r.get(0).knownCase().title();
            log.println("miss tweet " + ids.get(i) + " gold at " + (at == 0 ? "none" : at) + ": "
                    + cut(data.tweets().get(ids.get(i))) + " | first: " + cut(first));
        }
    }

    private static void writeRun(Path f, List<String> ids, List<List<CaseMatch>> ranked) {
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ids.size(); i++) {
                List<CaseMatch> r = ranked.get(i);
                double[] s = runScores(r);
                for (int j = 0; j < r.size(); j++) {
                    w.write(ids.get(i) + "\tQ0\t" + r.get(j).knownCase().id() + "\t" + r.get(j).rank() + "\t" + s[j]
                            + "\techotrace\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run file " + f, e);
        }
    }

    private static String cut(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= 140 ? t : t.substring(0, 140) + "...";
    }
}
