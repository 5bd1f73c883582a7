package org.echotrace.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.echotrace.extract.technique.GoldTechnique;
import org.echotrace.extract.technique.LabelledArticle;
import org.echotrace.extract.technique.PtcCorpusReader;
import org.echotrace.extract.technique.TechniqueExtractor;
import org.echotrace.extract.technique.TechniqueModel;
import org.echotrace.extract.technique.TechniqueTrainer;
import org.echotrace.link.taxonomy.NarrativeTrainer;
import org.echotrace.model.Technique;
import org.echotrace.model.TextSpan;

/**
 * Scores propaganda techniques on a folder in the SemEval-2020 Task 11 layout: span identification
 * ({@link SpanOverlapScore}) with the tagger's fragments, technique classification
 * ({@link TechniqueMatchScore}) on the gold fragments. Either the shipped model, or k-fold
 * cross-validation by article (folds drawn with a fixed seed), each fold trained on the others.
 * Also times the stage alone on two threads.
 */
public final class TechniqueEvaluation {
    /** Outside biases tried in cross-validation, to show the span tagger's precision/recall trade. */
    private static final float[] SWEEP = {-120f, -140f, -160f, -180f, -200f};

    private TechniqueEvaluation() {
    }

    public static LinkedHashMap<String, Object> run(Path dataDir, int folds, long seed, PrintStream log) {
        PeakHeap.reset();
        long started = System.nanoTime();
        List<LabelledArticle> articles = PtcCorpusReader.read(dataDir);
        double readSeconds = (System.nanoTime() - started) / 1e9;
        log.printf(Locale.ROOT, "read and annotated %d articles in %.1f s%n", articles.size(), readSeconds);
        TechniqueTrainer.Settings settings = TechniqueTrainer.Settings.DEFAULTS;
        SpanOverlapScore si = new SpanOverlapScore();
        TechniqueMatchScore tc = new TechniqueMatchScore();
        // The same models' classifier without its averaging network: the network's gain, in the same run.
        TechniqueMatchScore linearOnly = new TechniqueMatchScore();
        Map<Float, SpanOverlapScore> sweep = new TreeMap<>();
        TechniqueModel model;
        if (folds <= 1) {
            model = TechniqueModel.shipped();
            score(new TechniqueExtractor(model), articles, si, tc);
            scoreTc(new TechniqueExtractor(model.withoutNetwork()), articles, linearOnly);
        } else {
            int[] fold = NarrativeTrainer.folds(articles.size(), folds, seed);
            model = null;
            for (int k = 0; k < folds; k++) {
                List<LabelledArticle> train = new ArrayList<>();
                List<LabelledArticle> test = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    (fold[i] == k ? test : train).add(articles.get(i));
                }
                long t0 = System.nanoTime();
                model = TechniqueTrainer.train(train, settings, seed);
                log.printf(Locale.ROOT, "fold %d: trained on %d articles in %.1f s%n", k + 1, train.size(),
                        (System.nanoTime() - t0) / 1e9);
                score(new TechniqueExtractor(model), test, si, tc);
                scoreTc(new TechniqueExtractor(model.withoutNetwork()), test, linearOnly);
                for (float bias : SWEEP) {
                    SpanOverlapScore s = sweep.computeIfAbsent(bias, b -> new SpanOverlapScore());
                    TechniqueExtractor e = new TechniqueExtractor(model.withOutsideBias(bias));
                    for (LabelledArticle a : test) {
                        s.add(e.fragments(a.text(), a.sentences()), a.spans());
                    }
                }
            }
            for (Map.Entry<Float, SpanOverlapScore> e : sweep.entrySet()) {
                log.printf(Locale.ROOT, "outside bias %+.1f: SI F1 %.4f P %.4f R %.4f%n", e.getKey(),
                        e.getValue().f1(), e.getValue().precision(), e.getValue().recall());
            }
        }
        LinkedHashMap<String, Object> result = new LinkedHashMap<>();
        result.put("task", "techniques");
        result.put("data", dataDir.toString());
        result.put("articles", articles.size());
        result.put("model", folds <= 1 ? "shipped" : folds + "-fold cross-validation by article, seed " + seed);
        result.put("si", si.metrics());
        result.put("tc", tc.metrics());
        result.put("tc_without_network", linearOnly.metrics());
        result.put("speed", TechniqueBench.run(new TechniqueExtractor(model), articles, log));
        result.put("annotate_articles_per_s", Metrics.round(articles.size() / readSeconds));
        result.put("seconds", Metrics.round((System.nanoTime() - started) / 1e9));
        result.put("peak_heap_mb", PeakHeap.bytes() / (1024 * 1024));
        return result;
    }

    private static void score(TechniqueExtractor extractor, List<LabelledArticle> articles, SpanOverlapScore si,
                              TechniqueMatchScore tc) {
        for (LabelledArticle a : articles) {
            si.add(extractor.fragments(a.text(), a.sentences()), a.spans());
        }
        scoreTc(extractor, articles, tc);
    }

    /** Technique classification on the gold spans. */
    private static void scoreTc(TechniqueExtractor extractor, List<LabelledArticle> articles, TechniqueMatchScore tc) {
        for (LabelledArticle a : articles) {
            Map<TextSpan, List<Technique>> bySpan = new TreeMap<>();
            for (GoldTechnique g : a.gold()) {
                bySpan.computeIfAbsent(g.span(), s -> new ArrayList<>()).add(g.technique());
            }
            List<TextSpan> spans = new ArrayList<>(bySpan.keySet());
            List<double[]> probabilities = extractor.classify(a.text(), a.sentences(), spans);
            for (int i = 0; i < spans.size(); i++) {
                List<Technique> gold = bySpan.get(spans.get(i));
                tc.add(top(probabilities.get(i), gold.size()), gold);
            }
        }
    }

    /** The {@code n} most probable techniques, best first: a span labelled twice gets two different guesses. */
    static List<Technique> top(double[] p, int n) {
        Integer[] order = new Integer[p.length];
        for (int k = 0; k < p.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> p[x] != p[y] ? Double.compare(p[y], p[x]) : Integer.compare(x, y));
        List<Technique> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, p.length); i++) {
            out.add(Technique.values()[order[i]]);
        }
        return out;
    }
}
