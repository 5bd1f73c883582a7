package org.echotrace.eval;

import org.echotrace.extract.claim.AttributionModel;
import org.echotrace.extract.claim.AttributionTrainer;
import org.echotrace.extract.claim.ClaimExtractor;
import org.echotrace.extract.claim.LabelledArticle;
import org.echotrace.extract.claim.RelationScorer;
import org.echotrace.extract.claim.RelationScorerTraining;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.Attribution;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code eval attribution}: our attribution relations on a PolNeAR split ({@code <split>/text/*.txt}
 * and {@code <split>/attributions/<name>_<annotator>.ann}).
 *
 * <p>Design decision: each article is scored against one annotator, the first file in name order,
 * so every article counts once and the choice is reproducible; the score against every annotator's
 * file (an article with six files counts six times) is reported beside it. The text is given to
 * the extractor as it is, each non-blank line a paragraph: PolNeAR's texts are already clean
 * (titles included, and annotated), so this measures attribution alone, not cleaning.
 */
public final class AttributionEvaluation {
    private AttributionEvaluation() {
    }

    public static Map<String, Object> run(Path data, String split, PrintStream log) {
        return run(data, split, 0, AttributionTrainer.Options.SEED, log);
    }

    /**
     * Scores the split with the shipped model or, with {@code folds} >= 2, by cross-validation:
     * the split's articles shuffled with the seed and dealt into folds, each fold scored by a model
     * trained on the others (the fair figure on the data the shipped model learned from).
     */
    public static Map<String, Object> run(Path data, String split, int folds, long seed, PrintStream log) {
        return run(data, split, folds, seed, null, log);
    }

    /**
     * How cross-validation runs: with {@code foldModels} given, each fold's model is read from that
     * folder when a file for its fold, fold count and seed is there, else trained and written there,
     * and each fold is scored with its model as written (weights rounded as the shipped file's are),
     * so a rerun scores as the run that wrote them. {@code scorer}: each fold's model sifts its
     * relations with a relation scorer learned on the other folds' candidates ({@link RelationScorerFolds});
     * {@code sweepBias}: also log the relation figures at each of those cue biases and each of the
     * scorer's {@code sweepThreshold}s (to choose them on the training split's folds).
     */
    public record Cv(Path foldModels, boolean scorer, double[] sweepBias, double[] sweepThreshold, Bagging bagging) {
        public static final Cv PLAIN = new Cv(null, true, null, null, Bagging.NONE);
    }

    /**
     * Whether each fold's tagger is one model or the mean of it and the inner models trained without
     * it and one other fold ({@link AttributionModel#mean}), and whether the relation scorer then
     * learns from the single models' candidates or the means'.
     */
    public enum Bagging { NONE, TAGGER, ALL }

    public static Map<String, Object> run(Path data, String split, int folds, long seed, Path errors, PrintStream log) {
        return run(data, split, folds, seed, errors, Cv.PLAIN, log);
    }

    public static Map<String, Object> run(Path data, String split, int folds, long seed, Path errors, Cv cv, PrintStream log) {
        SentenceAnnotator sentences = new SentenceAnnotator();
        PeakHeap.reset();
        long t0 = System.nanoTime();
        PolnearCorpus.Split corpus = PolnearCorpus.read(data, split, sentences);
        List<PolnearCorpus.Item> items = corpus.items();
        ClaimExtractor[] extractors = new ClaimExtractor[items.size()];
        if (folds >= 2) {
            List<LabelledArticle> labelled = corpus.labelled();
            int[] foldOf = RelationScorerTraining.folds(items.size(), folds, seed);
            AttributionModel[] models = new AttributionModel[folds];
            for (int k = 0; k < folds; k++) {
                models[k] = RelationScorerTraining.foldModel(labelled, foldOf, k, folds, AttributionTrainer.Options.defaults(seed),
                        cv.foldModels(), log);
            }
            AttributionModel[] scoring = models;
            if (cv.bagging() != Bagging.NONE) {
                scoring = new AttributionModel[folds];
                // The model without folds a and b serves both a's and b's ensembles: trained once.
                AttributionModel[][] pairs = new AttributionModel[folds][folds];
                for (int a = 0; a < folds; a++) {
                    for (int b = a + 1; b < folds; b++) {
                        pairs[a][b] = RelationScorerTraining.pairModel(labelled, foldOf, a, b, folds,
                                AttributionTrainer.Options.defaults(seed), cv.foldModels(), log);
                        pairs[b][a] = pairs[a][b];
                    }
                }
                for (int k = 0; k < folds; k++) {
                    List<AttributionModel> members = new ArrayList<>(List.of(models[k]));
                    for (int j = 0; j < folds; j++) {
                        if (j != k) {
                            members.add(pairs[k][j]);
                        }
                    }
                    scoring[k] = AttributionModel.mean(members);
                }
            }
            AttributionModel[] proposing = cv.bagging() == Bagging.ALL ? scoring : models;
            if (cv.sweepBias() != null && cv.sweepThreshold() != null) {
                RelationScorerFolds.sweep(items, foldOf, proposing, scoring, cv.sweepBias(), cv.sweepThreshold(), RelationScorer.EPOCHS, seed, log);
            }
            if (cv.scorer()) {
                System.arraycopy(RelationScorerFolds.extractors(items, foldOf, proposing, scoring, RelationScorer.BIAS,
                        RelationScorer.THRESHOLD, RelationScorer.EPOCHS, seed), 0, extractors, 0, extractors.length);
            } else {
                for (int n = 0; n < items.size(); n++) {
                    extractors[n] = new ClaimExtractor(scoring[foldOf[n]].withScorer(RelationScorer.NONE));
                }
            }
        } else {
            java.util.Arrays.fill(extractors, new ClaimExtractor());
        }
        AttributionScore first = new AttributionScore();
        AttributionScore every = new AttributionScore();
        AttributionErrors mistakes = new AttributionErrors();
        List<String> problems = new ArrayList<>(corpus.problems());
        long chars = 0;
        long nanos = 0;
        List<String> read = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            PolnearCorpus.Item item = items.get(n);
            String text = item.text();
            read.add(text);
            long s0 = System.nanoTime();
            List<Attribution> found = extractors[n].attributions(item.article());
            nanos += System.nanoTime() - s0 + item.sentenceNanos();
            List<AttributionScore.Rel> predicted = found.stream().map(AttributionEvaluation::rel).toList();
            for (int i = 0; i < item.annotators().size(); i++) {
                List<AttributionScore.Rel> g = item.annotators().get(i).stream().map(r -> new AttributionScore.Rel(r.source(), r.cue(),
                        r.content(), AttributionScore.goldType(text, r.source(), r.cue(), r.content()))).toList();
                if (i == 0) {
                    first.add(text, predicted, g);
                    mistakes.add(item.name(), text, predicted, g);
                }
                every.add(text, predicted, g);
            }
            chars += text.length();
        }
        int articles = items.size();
        double secs = (System.nanoTime() - t0) / 1e9;
        double[] warm = warmCpuMillis(read, sentences, extractors.length == 0 ? new ClaimExtractor() : extractors[0]);
        for (String p : problems.subList(0, Math.min(20, problems.size()))) {
            log.println("eval attribution: " + p);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", "attribution");
        out.put("data", corpus.dir().toString());
        out.put("articles", articles);
        out.put("model", folds >= 2 ? folds + "-fold cross-validation on this split, seed " + seed
                + (cv.scorer() ? ", relation scorer learned on the other folds' candidates" : ", no relation scorer") : "shipped");
        out.put("relation_overlap", first.relations.asMap());
        out.put("relation_overlap_with_source", first.relationsWithSource.asMap());
        Map<String, Object> byType = new LinkedHashMap<>();
        first.byType.forEach((t, c) -> byType.put(t.name().toLowerCase(java.util.Locale.ROOT), c.asMap()));
        out.put("relation_by_cue_type", byType);
        Map<String, Object> roles = new LinkedHashMap<>();
        first.roles.forEach((k, c) -> roles.put(k, c.asMap()));
        out.put("roles", roles);
        out.put("relation_overlap_every_annotator", every.relations.asMap());
        out.put("scored_against", "first annotator file per article, by name");
        out.put("errors", mistakes.counts());
        if (errors != null) {
            mistakes.write(errors);
        }
        out.put("problems", problems.size());
        out.put("stage_articles_per_s_1_thread", AttributionScore.round(articles / (nanos / 1e9)));
        out.put("stage_chars", chars);
        out.put("warm_cpu_ms_per_article_sentences", AttributionScore.round(warm[0]));
        out.put("warm_cpu_ms_per_article_claims", AttributionScore.round(warm[1]));
        out.put("warm_articles_per_s_on_2_cores", AttributionScore.round(2 * 1000 / (warm[0] + warm[1])));
        out.put("seconds", AttributionScore.round(secs));
        out.put("peak_heap_mb", PeakHeap.bytes() / (1024 * 1024));
        return out;
    }

    /**
     * CPU time per article of the two steps this task measures (sentences, then claims), on one
     * thread in a JVM the scoring pass has warmed: CPU time, so a busy shared machine does not
     * count against the stage. Three more passes; the last is reported.
     */
    private static double[] warmCpuMillis(List<String> texts, SentenceAnnotator sentences, ClaimExtractor claims) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] out = new double[2];
        for (int round = 0; round < 3; round++) {
            long s = 0;
            long c = 0;
            for (String text : texts) {
                long t0 = mx.getCurrentThreadCpuTime();
                AnalyzedArticle a = sentences.apply(AnalyzedArticle.of(asArticle("warm", text)));
                long t1 = mx.getCurrentThreadCpuTime();
                claims.apply(a);
                s += t1 - t0;
                c += mx.getCurrentThreadCpuTime() - t1;
            }
            out[0] = s / 1e6 / Math.max(1, texts.size());
            out[1] = c / 1e6 / Math.max(1, texts.size());
        }
        return out;
    }

    private static AttributionScore.Rel rel(Attribution a) {
        return new AttributionScore.Rel(a.source().map(List::of), List.of(a.cue()), a.content(), a.cueType());
    }

    /** The text as an article whose every non-blank line is a body paragraph. */
    static CleanArticle asArticle(String name, String text) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int a = i;
            int b = end;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                segments.add(new Segment(SegmentKind.BODY, a, b));
            }
            i = end + 1;
        }
        return new CleanArticle(new RawArticle(name, name, text, "UTF-8", List.of()), segments, ArticleMetadata.EMPTY);
    }
}
