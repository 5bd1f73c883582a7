package org.echotrace.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.echotrace.eval.NarrativeEvaluation;
import org.echotrace.link.taxonomy.NarrativeTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echotrace eval narratives}: taxonomy labelling scored as SemEval-2025 Task 10 subtask 2 does. */
@Command(name = "narratives", mixinStandardHelpOptions = true,
        description = "Narrative / sub-narrative labelling, samples F1 as SemEval-2025 Task 10 scores it.")
final class EvalNarrativesCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in the SemEval-2025 Task 10 layout (subtask2_*.txt, <split>/<LANG>/...).")
    Path data;

    @Option(names = "--split", defaultValue = "train", paramLabel = "NAME",
            description = "The split scored (default ${DEFAULT-VALUE}); other than train, it is scored by a model trained on train.")
    String split;

    @Option(names = "--lang", defaultValue = "EN", paramLabel = "LANG", description = "Language folder (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--cv", defaultValue = "5", paramLabel = "K",
            description = "Folds of cross-validation on the train split (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Also write the predictions as the task's TSV (for the official scorer).")
    Path predictions;

    @Option(names = "--no-embeddings", description = "Lexical features only (for languages MiniLM does not cover).")
    boolean noEmbeddings;

    @Option(names = "--lambda", paramLabel = "L", description = "L2 regularisation (default: the shipped model's).")
    Double lambda;

    @Option(names = "--positive-weight", paramLabel = "P",
            description = "Positives weighted by (negatives/positives)^P (default: the shipped model's).")
    Double positiveWeight;

    @Option(names = "--terms", paramLabel = "N", description = "Lexical vocabulary size (default: the shipped model's).")
    Integer terms;

    @Override
    public Integer call() throws Exception {
        NarrativeTrainer.Settings d = NarrativeTrainer.Settings.DEFAULTS;
        NarrativeTrainer.Settings s = new NarrativeTrainer.Settings(terms == null ? d.maxTerms() : terms,
                lambda == null ? d.lambda() : lambda, positiveWeight == null ? d.positiveWeightPower() : positiveWeight,
                d.iterations(), d.embeddingWeight(), d.similarityWeight(), d.lexicalWeight(), d.innerFolds(),
                d.minPositives(), d.seed());
        NarrativeEvaluation.Options o = new NarrativeEvaluation.Options(split, lang, folds, s, Optional.ofNullable(predictions), !noEmbeddings);
        return EvalCommand.print(data, (dir, log) -> NarrativeEvaluation.run(dir, o, log));
    }
}
