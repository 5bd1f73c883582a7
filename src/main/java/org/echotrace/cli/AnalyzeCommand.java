package org.echotrace.cli;

import org.echotrace.ingest.FileReader;
import org.echotrace.pipeline.RunSummary;
import org.echotrace.store.EmbeddedStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Reads articles from files and folders, cleans them and writes them to the store.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles (plain text).")
    List<Path> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + FileReader.DEFAULT_MAX_BYTES,
            description = "Files larger than this are rejected (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + AnalyzeRun.DEFAULT_BATCH,
            description = "Articles per store transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "AUTO",
            description = "auto (a bar on a terminal), bar, lines or none.", converter = ProgressMode.class)
    Progress.Mode progress;

    @Option(names = "--no-narratives", description = "Skip the corpus-level steps after storing the articles:"
            + " taxonomy labels, narratives, known-case matches.")
    boolean noNarratives;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "An analyst's narrative taxonomy (a TSV file,"
            + " or a folder in SemEval-2025 Task 10's layout) to label the articles with, beside the shipped one;"
            + " repeatable. See docs/narrative-taxonomy.md.")
    List<Path> taxonomies = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (maxBytes <= 0 || batchSize <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-bytes and --batch-size must be positive (got " + maxBytes + " and " + batchSize + ")");
        }
        List<TaxonomyStep.Analyst> analyst = new java.util.ArrayList<>();
        for (Path t : taxonomies) {
            try {
                analyst.add(TaxonomyStep.Analyst.read(t));
            } catch (java.io.IOException | RuntimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--taxonomy " + t + ": " + e.getMessage());
            }
        }
        if (noNarratives && !analyst.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--taxonomy labels in the corpus-level steps,"
                    + " which --no-narratives skips: give one or the other");
        }
        int labelled = 0;
        List<NarrativeStep.Pending> claims = List.of();
        long t0;
        // One open of the store: the run, then what the corpus-level steps read from it.
        try (EmbeddedStore st = EmbeddedStore.openOrCreate(store.store)) {
            AnalyzeRun run = new AnalyzeRun(st, maxBytes, batchSize, Progress.of(progress, System.err));
            RunSummary s = run.run(paths, "analyze " + paths);
            new SummaryPrinter(System.out).print(s, store.store);
            t0 = System.nanoTime();
            if (!noNarratives) {
                labelled = TaxonomyStep.run(st, analyst);
                claims = NarrativeStep.collect(st);
            }
        }
        if (!noNarratives) {
            var update = NarrativeStep.update(store.store, claims);
            int matched = CaseLinkStep.run(store.store, update);
            System.out.printf(java.util.Locale.ROOT, "Narratives: %d live, %d lineage events this run, %d known-case matches,"
                    + " %d article labellings by %d taxonomies (%.1f s); list them with 'echotrace narratives --store %s'%n",
                    update.narratives().size(), update.events().size(), matched, labelled, 1 + analyst.size(), (System.nanoTime() - t0) / 1e9, store.store);
        }
        return 0;
    }

    /** Case-insensitive names for the progress modes. */
    static final class ProgressMode implements CommandLine.ITypeConverter<Progress.Mode> {
        @Override
        public Progress.Mode convert(String value) {
            try {
                return Progress.Mode.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected auto, bar, lines or none, found '" + value + "'");
            }
        }
    }
}
