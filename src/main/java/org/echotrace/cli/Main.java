package org.echotrace.cli;

import org.echotrace.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code echotrace}. Exit codes: 0 done, 1 infrastructure failure, 2 usage error. */
@Command(name = "echotrace", mixinStandardHelpOptions = true, version = "echotrace 0.1.0",
        description = "Traces disinformation narratives in scraped news, with evidence.",
        subcommands = {AnalyzeCommand.class, ExportCommand.class, SearchCommand.class, DemoCommand.class,
                EvalCommand.class, TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class,
                NarrativesCommand.class, CasesCommand.class, ServeCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_FAILURE = 1;

    /**
     * Lucene logs a hint about the incubating Vector API on every start; it is not for our users.
     * Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger QUIET_LUCENE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        QUIET_LUCENE.setLevel(java.util.logging.Level.SEVERE);
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code, without exiting (tests call this). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof StoreException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                cmd.getErr().println("echotrace: error: " + e.getMessage());
            } else {
                cmd.getErr().println("echotrace: internal error (a bug, please report it): " + e);
                e.printStackTrace(cmd.getErr());
            }
            return EXIT_FAILURE;
        });
        return cl.execute(args);
    }
}
