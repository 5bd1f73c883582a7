package org.echotrace.cli;

import org.echotrace.eval.PolnearCorpus;
import org.echotrace.extract.claim.AttributionModel;
import org.echotrace.extract.claim.AttributionTrainer;
import org.echotrace.extract.claim.RelationScorerTraining;
import org.echotrace.extract.nlp.SentenceAnnotator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code echotrace train attribution}: trains the attribution model (cue tagger, content and
 * source sides, and the relation scorer on the candidates of five fold models) on PolNeAR's train
 * split, the first annotator's file of each article, and writes it into the sources, where the
 * build puts it into the jar.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Trains the attribution cue tagger and side classifiers (averaged perceptrons) on PolNeAR train.")
final class TrainAttributionCommand implements Callable<Integer> {
    static final String MODEL = "src/main/resources/org/echotrace/extract/claim/attribution-model.bin.gz";

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in PolNeAR's layout (train/text, train/attributions).")
    Path data;

    @Option(names = "--split", defaultValue = "train", paramLabel = "NAME", description = "The subfolder to learn from (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--seed", defaultValue = "" + AttributionTrainer.Options.SEED,
            description = "Seed of the training order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "" + AttributionTrainer.Options.EPOCHS,
            description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: " + MODEL + ").")
    Path out;

    @Option(names = "--fold-models", paramLabel = "DIR",
            description = "Read the relation scorer's fold models from DIR when there (as eval attribution --cv 5 --fold-models writes them), else train and write them there.")
    Path foldModels;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        Path target = out != null ? out : Path.of(System.getProperty("echotrace.home", ".")).resolve(MODEL);
        PolnearCorpus.Split corpus;
        try {
            corpus = PolnearCorpus.read(data, split, new SentenceAnnotator());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--data: " + e.getMessage());
        }
        if (corpus.items().isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--data: no annotated articles in " + corpus.dir());
        }
        AttributionModel model = RelationScorerTraining.train(corpus.labelled(), AttributionTrainer.Options.of(epochs, seed), foldModels, System.err);
        int features = model.write(target);
        System.err.printf("attribution: model with %d features written to %s (%d bytes) in %.1f s%n",
                features, target, Files.size(target), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
