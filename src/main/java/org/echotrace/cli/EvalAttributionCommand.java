package org.echotrace.cli;

import org.echotrace.eval.AttributionEvaluation;
import org.echotrace.extract.claim.AttributionTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code eval attribution}: attribution relations scored on a PolNeAR split. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Attribution relations (source, cue, content) scored on PolNeAR's BRAT files.")
final class EvalAttributionCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in PolNeAR's layout (<split>/text, <split>/attributions).")
    Path data;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "NAME", description = "The subfolder to score (default: dev).")
    String split;

    @Option(names = "--cv", defaultValue = "0", paramLabel = "K",
            description = "Score by K-fold cross-validation on the split, a model trained per fold (for the train split; default: the shipped model).")
    int folds;

    @Option(names = "--seed", defaultValue = "" + AttributionTrainer.Options.SEED, description = "Seed of the folds and training order.")
    long seed;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write each unmatched gold or predicted relation to FILE (tab-separated), for error analysis.")
    Path errors;

    @Option(names = "--fold-models", paramLabel = "DIR",
            description = "With --cv: read each fold's model from DIR when there, else train it and write it there "
                    + "(for repeated runs on unchanged model code; delete DIR when the model's features change).")
    Path foldModels;

    @Option(names = "--bagging", defaultValue = "NONE", paramLabel = "WHAT",
            description = "With --cv: NONE (each fold's tagger one model), TAGGER (each fold's tagger the mean of its model and the "
                    + "models trained without it and one other fold) or ALL (the relation scorer also learns from the means' candidates).")
    AttributionEvaluation.Bagging bagging;

    @Option(names = "--no-relation-scorer", description = "With --cv: keep every candidate relation (no relation scorer), the baseline.")
    boolean noScorer;

    @Option(names = "--sweep-bias", split = ",", paramLabel = "B",
            description = "With --cv: also log relation figures at each of these cue biases (and each --sweep-threshold).")
    double[] sweepBias;

    @Option(names = "--sweep-threshold", split = ",", paramLabel = "T", defaultValue = "0.1,0.15,0.2,0.25,0.3,0.35,0.4",
            description = "The relation scorer's thresholds for --sweep-bias (default: ${DEFAULT-VALUE}).")
    double[] sweepThreshold;

    @Override
    public Integer call() throws IOException {
        return EvalCommand.print(data, (d, log) -> AttributionEvaluation.run(d, split, folds, seed, errors,
                new AttributionEvaluation.Cv(foldModels, !noScorer, sweepBias, sweepThreshold, bagging), log));
    }
}
