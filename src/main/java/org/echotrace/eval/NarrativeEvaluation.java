package org.echotrace.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.link.taxonomy.ArticleSentences;
import org.echotrace.link.taxonomy.NarrativeModel;
import org.echotrace.link.taxonomy.NarrativeTrainer;
import org.echotrace.link.taxonomy.Taxonomy;
import org.echotrace.link.taxonomy.TaxonomyLabeller;
import org.echotrace.link.taxonomy.TaxonomyReader;
import org.echotrace.link.taxonomy.TextEmbedder;
import org.echotrace.model.TaxonomyLabel;
import org.echotrace.store.StoreException;

/**
 * Scores taxonomy labelling on SemEval-2025 Task 10 (subtask 2) with the task's samples F1
 * ({@link SamplesF1}) for narratives and sub-narratives.
 *
 * <p>On the {@code train} split with {@code cv > 1}: k-fold cross-validation by article with a
 * fixed seed, a model trained on each k-1 folds (its thresholds from inner folds of those alone)
 * and scored on the fold left out. On any other split: a model trained on the whole train split of
 * the same language, scored on that split as held-out data.
 */
public final class NarrativeEvaluation {
    public static final long FOLD_SEED = 20250310L;

    private NarrativeEvaluation() {
    }

    /** Options of a run. {@code predictions}: where to write the official prediction TSV, if anywhere. */
    public record Options(String split, String lang, int folds, NarrativeTrainer.Settings settings,
                          Optional<Path> predictions, boolean embeddings) {
    }

    /**
     * Without embeddings every sentence vector is zero, leaving the lexical features alone: the
     * honest setting for languages MiniLM was not trained on, and fast (nothing to embed).
     */
    private static EmbeddingCache cache(Options o, PrintStream log) {
        if (o.embeddings()) {
            return EmbeddingCache.forDataset("semeval2025-task10-" + o.lang(), log);
        }
        TextEmbedder zero = texts -> texts.stream().map(t -> new float[SentenceEmbedder.DIMENSION]).toList();
        return new EmbeddingCache(Path.of("target", "embedding-cache", "none-" + o.lang() + ".bin"), zero, log);
    }

    public static LinkedHashMap<String, Object> run(Path data, Options o, PrintStream log) {
        PeakHeap.reset();
        long started = System.nanoTime();
        try {
            Taxonomy taxonomy = TaxonomyReader.read(data);
            EmbeddingCache cache = cache(o, log);
            SentenceAnnotator annotator = new SentenceAnnotator();
            NarrativeDataset train = NarrativeDataset.read(data, "train", o.lang());
            long t0 = System.nanoTime();
            List<NarrativeTrainer.Example> trainExamples = examples(train, taxonomy, annotator, cache, log);
            double embedSeconds = (System.nanoTime() - t0) / 1e9;
            NarrativeTrainer trainer = new NarrativeTrainer(o.settings(), log);
            SamplesF1 coarse = new SamplesF1(train.narrativeClasses());
            SamplesF1 fine = new SamplesF1(train.subNarrativeClasses());
            List<String[]> rows = new ArrayList<>();
            LinkedHashMap<String, Object> result = new LinkedHashMap<>();
            result.put("task", "narratives");
            result.put("data", data.toString());
            result.put("split", o.split());
            result.put("lang", o.lang());
            result.put("features", o.embeddings() ? SentenceEmbedder.MODEL + " sentence vectors, description similarity, tf-idf"
                    : "tf-idf only (no sentence vectors)");
            if (o.split().equals("train")) {
                if (o.folds() < 2) {
                    throw new StoreException("scoring the train split needs --cv K with K >= 2 (it is what the models learn from)");
                }
                result.put("protocol", o.folds() + "-fold cross-validation by article, seed " + FOLD_SEED);
                int[] fold = NarrativeTrainer.folds(trainExamples.size(), o.folds(), FOLD_SEED);
                String[][] predicted = new String[trainExamples.size()][];
                List<Double> foldFine = new ArrayList<>();
                for (int f = 0; f < o.folds(); f++) {
                    List<NarrativeTrainer.Example> fit = new ArrayList<>();
                    for (int i = 0; i < fold.length; i++) {
                        if (fold[i] != f) {
                            fit.add(trainExamples.get(i));
                        }
                    }
                    TaxonomyLabeller labeller = new TaxonomyLabeller(taxonomy, trainer.train(taxonomy, fit, cache), cache);
                    SamplesF1 foldScore = new SamplesF1(train.subNarrativeClasses());
                    for (int i = 0; i < fold.length; i++) {
                        if (fold[i] == f) {
                            predicted[i] = levels(labeller.label(trainExamples.get(i).article()));
                            foldScore.add(train.articles().get(i).subNarratives(), List.of(predicted[i][1].split(";")));
                        }
                    }
                    foldFine.add(SamplesF1.round(foldScore.mean()));
                    log.println("fold " + (f + 1) + "/" + o.folds() + ": sub-narratives F1 " + foldFine.getLast());
                }
                for (int i = 0; i < predicted.length; i++) {
                    score(train.articles().get(i), predicted[i], coarse, fine, rows);
                }
                result.put("fold_subnarratives_f1", foldFine);
            } else {
                NarrativeDataset test = NarrativeDataset.read(data, o.split(), o.lang());
                result.put("protocol", "trained on train/" + o.lang() + ", scored on held-out " + o.split() + "/" + o.lang());
                NarrativeModel model = trainer.train(taxonomy, trainExamples, cache);
                TaxonomyLabeller labeller = new TaxonomyLabeller(taxonomy, model, cache);
                List<NarrativeTrainer.Example> testExamples = examples(test, taxonomy, annotator, cache, log);
                for (int i = 0; i < testExamples.size(); i++) {
                    score(test.articles().get(i), levels(labeller.label(testExamples.get(i).article())), coarse, fine, rows);
                }
            }
            cache.save();
            if (o.predictions().isPresent()) {
                writePredictions(o.predictions().get(), rows);
            }
            result.put("articles", coarse.count());
            result.putAll(coarse.metrics("narratives"));
            result.putAll(fine.metrics("subnarratives"));
            result.put("goal", "narratives >= 0.55, sub-narratives >= 0.43 (SemEval-2025 T10 English test, 2nd place)");
            result.put("embed_seconds", Math.round(embedSeconds * 10) / 10.0);
            result.put("seconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
            result.put("peak_heap_mb", PeakHeap.bytes() / (1024 * 1024));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Labelled examples of a dataset, gold labels kept where the taxonomy knows them; the cache is
     * saved every hundred articles and at the end, so an interrupted run keeps what it embedded.
     */
    public static List<NarrativeTrainer.Example> examples(NarrativeDataset d, Taxonomy taxonomy, SentenceAnnotator annotator,
                                                          EmbeddingCache embedder, PrintStream log) {
        List<NarrativeTrainer.Example> out = new ArrayList<>();
        for (NarrativeDataset.Article a : d.articles()) {
            ArticleSentences s = ArticleSentences.embed(a.text(), NarrativeDataset.sentenceSpans(a.text(), annotator), embedder);
            Set<String> labels = new LinkedHashSet<>();
            for (String l : a.narratives()) {
                addKnown(l, taxonomy, labels);
            }
            for (String l : a.subNarratives()) {
                addKnown(l, taxonomy, labels);
            }
            out.add(new NarrativeTrainer.Example(s, labels));
            if (out.size() % 100 == 0) {
                log.println("embedded " + out.size() + "/" + d.articles().size() + " articles of " + d.dir());
                embedder.save();
            }
        }
        embedder.save();
        return out;
    }

    private static void addKnown(String label, Taxonomy taxonomy, Set<String> out) {
        if (label.equals(Taxonomy.OTHER) || taxonomy.find(label).isPresent()) {
            out.add(label);
        }
    }

    /** Predicted labels as the task's two columns, {@code ;}-separated. */
    static String[] levels(List<TaxonomyLabel> labels) {
        List<String> coarse = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        for (TaxonomyLabel l : labels) {
            if (l.label().equals(Taxonomy.OTHER)) {
                coarse.add(Taxonomy.OTHER);
                fine.add(Taxonomy.OTHER);
            } else {
                (l.parent().isEmpty() ? coarse : fine).add(l.label());
            }
        }
        return new String[] {String.join(";", coarse), String.join(";", fine)};
    }

    private static void score(NarrativeDataset.Article gold, String[] predicted, SamplesF1 coarse, SamplesF1 fine,
                              List<String[]> rows) {
        coarse.add(gold.narratives(), List.of(predicted[0].split(";")));
        fine.add(gold.subNarratives(), List.of(predicted[1].split(";")));
        rows.add(new String[] {gold.id(), predicted[0], predicted[1]});
    }

    private static void writePredictions(Path file, List<String[]> rows) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            b.append(r[0]).append('\t').append(r[1]).append('\t').append(r[2]).append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }
}
