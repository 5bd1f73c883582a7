package org.echotrace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.echotrace.eval.TechniqueEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echotrace eval techniques}: span identification and technique classification, SemEval-2020 Task 11 measures. */
@Command(name = "techniques", mixinStandardHelpOptions = true,
        description = "Propaganda spans (SI, partial-overlap P/R/F1) and techniques on gold spans (TC micro-F1, per class),"
                + " with the stage's speed on two threads.")
final class EvalTechniquesCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in the SemEval-2020 Task 11 layout (*articles/, *SI*.labels, *TC*.labels).")
    Path data;

    @Option(names = "--cv", defaultValue = "0", paramLabel = "K",
            description = "Train and score K-fold cross-validation by article instead of scoring the shipped model.")
    int folds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the folds and of training (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        try {
            return EvalCommand.print(data, (dir, log) -> TechniqueEvaluation.run(dir, folds, seed, log));
        } catch (IllegalArgumentException e) {
            System.err.println("echotrace: " + e.getMessage());
            return 2;
        }
    }
}
