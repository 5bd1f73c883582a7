package org.echotrace.cli;

import org.echotrace.eval.QuoteBaselineEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code eval attribution-quotes}: direct quotes and speakers, ours beside another system's, on a PolNeAR split. */
@Command(name = "attribution-quotes", mixinStandardHelpOptions = true,
        description = "Direct quotes and their speakers on a PolNeAR split: our extractor beside a baseline's quotes "
                + "(scripts/baselines/corenlp-quotes.sh writes Stanford CoreNLP's).")
final class QuoteBaselineCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in PolNeAR's layout (<split>/text, <split>/attributions).")
    Path data;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "NAME", description = "The subfolder to score (default: dev).")
    String split;

    @Option(names = "--predicted", required = true, paramLabel = "FILE",
            description = "The baseline's quotes: article name, quote begin, end, speaker begin, end (-1: none), speaker; tab-separated.")
    Path predicted;

    @Override
    public Integer call() throws IOException {
        return EvalCommand.print(data, (d, log) -> QuoteBaselineEvaluation.run(d, split, predicted, log));
    }
}
