package org.echotrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.eval.DateEvaluation;
import org.echotrace.eval.ExtractionEvaluation;
import org.echotrace.eval.MetadataEvaluation;
import org.echotrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

/**
 * Scores a component on a dataset folder and prints the metrics as one JSON line at the end
 * (progress and notes go to standard error).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores a component on a dataset in its published layout; the last line is JSON.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Dates.class, EvalCommand.Metadata.class,
                EvalAttributionCommand.class, EvalEntitiesCommand.class, EventTypesEvalCommand.class,
                ClusteringEvalCommand.class, NarrativeClusteringEvalCommand.class, NarrativeBreadthCommand.class,
                EvalNarrativesCommand.class, ClaimMatchingCommand.class, EvalTechniquesCommand.class, QuoteBaselineCommand.class,
                EvalPlacesCommand.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "name what to evaluate (see echotrace eval --help)");
    }

    static int print(Path data, BiFunction<Path, java.io.PrintStream, Map<String, Object>> eval) throws IOException {
        if (!Files.isDirectory(data)) {
            throw new StoreException("no dataset folder at " + data);
        }
        Map<String, Object> metrics = eval.apply(data, System.err);
        System.out.println(new ObjectMapper().writeValueAsString(metrics));
        return 0;
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Main text from HTML, scored as the trafilatura benchmark does, beside boilerpipe.")
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "A folder in the layout of trafilatura-eval (evaldata.json, html/).")
        Path data;

        @Override
        public Integer call() throws IOException {
            return print(data, ExtractionEvaluation::run);
        }
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = "Publication dates from HTML, day-exact, scored as htmldate does.")
    static final class Dates implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "A folder in the layout of htmldate-eval (eval_default.json, html/).")
        Path data;

        @Override
        public Integer call() throws IOException {
            return print(data, DateEvaluation::run);
        }
    }

    @Command(name = "metadata", mixinStandardHelpOptions = true,
            description = "Title and author from HTML against the trafilatura set's gold metadata.")
    static final class Metadata implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "A folder in the layout of trafilatura-eval (evaldata.json, html/).")
        Path data;

        @Override
        public Integer call() throws IOException {
            return print(data, MetadataEvaluation::run);
        }
    }
}
