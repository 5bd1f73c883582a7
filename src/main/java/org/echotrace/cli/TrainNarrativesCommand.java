package org.echotrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.echotrace.eval.EmbeddingCache;
import org.echotrace.eval.NarrativeDataset;
import org.echotrace.eval.NarrativeEvaluation;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.link.taxonomy.NarrativeModel;
import org.echotrace.link.taxonomy.NarrativeTrainer;
import org.echotrace.link.taxonomy.Taxonomy;
import org.echotrace.link.taxonomy.TaxonomyReader;
import org.echotrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code echotrace train narratives}: trains the taxonomy labeller on the train split of a folder in
 * SemEval-2025 Task 10's layout and writes the model; with the defaults it rebuilds the model shipped
 * in the jar ({@link NarrativeModel#SHIPPED}). Prints one JSON line.
 */
@Command(name = "narratives", mixinStandardHelpOptions = true,
        description = "Trains the narrative taxonomy labeller on a SemEval-2025 Task 10 train split.")
final class TrainNarrativesCommand implements Callable<Integer> {
    static final Path SHIPPED_SOURCE = Path.of("src/main/resources" + NarrativeModel.SHIPPED);

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in the SemEval-2025 Task 10 layout (subtask2_*.txt, train/<LANG>/...).")
    Path data;

    @Option(names = "--lang", defaultValue = "EN", paramLabel = "LANG", description = "Language folder (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where the model goes (default: the shipped model's source, " + "src/main/resources"
                    + NarrativeModel.SHIPPED + ").")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            throw new StoreException("no dataset folder at " + data);
        }
        long started = System.nanoTime();
        Taxonomy taxonomy = TaxonomyReader.read(data);
        NarrativeDataset train = NarrativeDataset.read(data, "train", lang);
        EmbeddingCache cache = EmbeddingCache.forDataset("semeval2025-task10-" + lang, System.err);
        List<NarrativeTrainer.Example> examples =
                NarrativeEvaluation.examples(train, taxonomy, new SentenceAnnotator(), cache, System.err);
        cache.save();
        NarrativeModel model = new NarrativeTrainer(NarrativeTrainer.Settings.DEFAULTS, System.err)
                .train(taxonomy, examples, cache);
        Path target = out == null ? SHIPPED_SOURCE : out;
        model.write(target);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("task", "train narratives");
        result.put("data", data.toString());
        result.put("lang", lang);
        result.put("articles", examples.size());
        result.put("classifiers", model.labels().size());
        result.put("terms", model.space().vocabulary().size());
        result.put("thresholds", model.thresholds().toString());
        result.put("model", target.toString());
        result.put("model_bytes", Files.size(target));
        result.put("seconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        System.out.println(new ObjectMapper().writeValueAsString(result));
        return 0;
    }
}
