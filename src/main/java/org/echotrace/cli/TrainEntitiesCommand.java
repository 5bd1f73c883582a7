package org.echotrace.cli;

import org.echotrace.extract.entity.ConllReader;
import org.echotrace.extract.entity.DocumentSplit;
import org.echotrace.extract.entity.EntityTrainer;
import org.echotrace.extract.entity.LabelledDocument;
import org.echotrace.extract.entity.UdPosTagger;
import org.echotrace.extract.entity.UnlabelledText;
import org.echotrace.extract.entity.WordClusters;
import org.echotrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code echotrace train entities}: trains the entity tagger on CoNLL-2003 {@code eng.train}, the
 * training part of re3d and the training part of WikiGold (both split by document with the seed;
 * the held-out parts are what {@code eval entities --part held-out} scores) and writes the model
 * into the sources, where the build puts it into the jar.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Trains the entity tagger (averaged perceptron, BILOU, Viterbi) and writes its model.")
final class TrainEntitiesCommand implements Callable<Integer> {
    static final String MODEL = "src/main/resources/org/echotrace/extract/entity/ner-model.bin.gz";

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The shared data folder holding conll2003-en/, re3d/ and wikigold/.")
    Path data;

    @Option(names = "--seed", defaultValue = "" + DocumentSplit.DEFAULT_SEED,
            description = "Seed of the document splits and of the training order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "12", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--sets", split = ",", defaultValue = "conll,re3d,wikigold",
            description = "Which sets to train on, of conll, re3d, wikigold (default: ${DEFAULT-VALUE}).")
    List<String> sets;

    @Option(names = "--no-clusters", description = "No word classes (they are induced from FA-KES and ECB+ text by default).")
    boolean noClusters;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: " + MODEL + ").")
    Path out;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        List<EntityTrainer.Source> sources = new ArrayList<>();
        for (String set : sets) {
            switch (set) {
                case "conll" -> sources.add(new EntityTrainer.Source(read("conll2003-en/eng.train"), 1, false));
                case "re3d" -> sources.add(new EntityTrainer.Source(DocumentSplit.of(read("re3d/re3d-train.conll"), seed).train(), 2, true));
                case "wikigold" -> sources.add(new EntityTrainer.Source(DocumentSplit.of(read("wikigold/wikigold.conll.txt"), seed).train(), 1, false));
                default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--sets: unknown set " + set + " (expected conll, re3d, wikigold)");
            }
        }
        Path target = out != null ? out : Path.of(System.getProperty("echotrace.home", ".")).resolve(MODEL);
        List<List<String>> unlabelled = new ArrayList<>();
        if (!noClusters) {
            unlabelled.addAll(UnlabelledText.faKes(expect("fa-kes/FA-KES-Dataset.csv")));
            unlabelled.addAll(UnlabelledText.ecbPlus(expect("ecbplus/ECB+")));
        }
        WordClusters clusters = noClusters ? WordClusters.NONE : EntityTrainer.clusters(sources, unlabelled, System.err);
        EntityTrainer trainer = new EntityTrainer(new UdPosTagger(), System.err);
        int features = trainer.train(sources, clusters, new EntityTrainer.Options(epochs, 2, seed), target);
        System.err.printf("entities: model with %d features written to %s (%d bytes) in %.1f s%n",
                features, target, Files.size(target), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private List<LabelledDocument> read(String relative) throws IOException {
        return ConllReader.read(expect(relative));
    }

    private Path expect(String relative) {
        Path p = data.resolve(relative);
        if (!Files.exists(p)) {
            throw new StoreException("training data missing: nothing at " + p);
        }
        return p;
    }
}
