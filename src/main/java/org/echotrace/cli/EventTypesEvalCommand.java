package org.echotrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.eval.EventTypeEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code echotrace eval event-types --data FILE}: the event typer on CASE 2021 Task 2 snippets. */
@Command(name = "event-types", mixinStandardHelpOptions = true,
        description = "Event typing (ACLED-derived types of CASE 2021 Task 2): weighted and macro F1; the last line is JSON.")
final class EventTypesEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "A TSV in the CASE 2021 Task 2 layout: id, EventSnippet, SubType.")
    Path data;

    @Option(names = "--no-embeddings",
            description = "Cue lexicon only, as the analyze pipeline runs it (default: cues and definition similarity).")
    boolean noEmbeddings;

    @Override
    public Integer call() throws IOException {
        Map<String, Object> metrics;
        try {
            metrics = EventTypeEvaluation.run(data, !noEmbeddings, System.err);
        } catch (IllegalArgumentException e) {
            System.err.println("echotrace eval event-types: " + e.getMessage());
            return 2;
        }
        System.out.println(new ObjectMapper().writeValueAsString(metrics));
        return 0;
    }
}
