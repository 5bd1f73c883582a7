package org.echotrace.cli;

import org.echotrace.eval.ClaimMatchingCrossValidation;
import org.echotrace.eval.ClaimMatchingEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "claim-matching", mixinStandardHelpOptions = true,
        description = "Ranks verified claims for each tweet, scored as CheckThat! 2020 Task 2 (MAP@1/3/5, MRR, P@k).")
final class ClaimMatchingCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in the CheckThat! 2020 Task 2 layout (verified_claims.docs.tsv, <split>/).")
    Path data;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "NAME",
            description = "The split folder to score (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--vectors", defaultValue = "target/echotrace-vectors", paramLabel = "DIR",
            description = "Where embeddings are cached, so the claims are embedded once (default: ${DEFAULT-VALUE}).")
    Path vectors;

    @Option(names = "--fit", description = "Fit the fusion (linear weights, then boosted trees) on the train split first, and print the weights.")
    boolean fit;

    @Option(names = "--ablate", description = "Also refit without each group of features and score each (implies --fit).")
    boolean ablate;

    @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
            description = "Instead of scoring --split, cross-validate the fitted fusion on the train tweets in K folds "
                    + "(with --ablate, also without each group of features).")
    int cv;

    @Option(names = "--fold-seed", paramLabel = "N", defaultValue = "20200",
            description = "With --cv, the seed of the fold shuffle (default ${DEFAULT-VALUE}, the shipped selection's): "
                    + "another seed tests whether a gain holds on other folds.")
    long foldSeed;

    @Option(names = "--ablations", paramLabel = "NAMES", split = ",",
            description = "With --cv and --ablate, only these feature groups (default: every group).")
    java.util.List<String> ablations;

    @Option(names = "--save", paramLabel = "FILE",
            description = "Fit on train (implies --fit) and write the fitted fusion: linear weights and boosted trees, "
                    + "the file CaseMatcher ships as claim-fusion.tsv.")
    Path save;

    @Option(names = "--run", paramLabel = "FILE", description = "Also write the ranking as a TREC run file.")
    Path run;

    @Override
    public Integer call() throws IOException {
        if (cv > 0) {
            return EvalCommand.print(data, (dir, log) -> ClaimMatchingCrossValidation.run(dir, vectors, cv, foldSeed, ablate,
                    Optional.ofNullable(ablations), log));
        }
        return EvalCommand.print(data, (dir, log) ->
                ClaimMatchingEvaluation.run(dir, split, vectors, fit || save != null, ablate, Optional.ofNullable(run),
                        Optional.ofNullable(save), log));
    }
}
