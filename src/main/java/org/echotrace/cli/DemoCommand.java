package org.echotrace.cli;

import org.echotrace.ingest.FileReader;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.Segment;
import org.echotrace.pipeline.RunSummary;
import org.echotrace.store.EmbeddedStore;
import org.echotrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyzes the synthetic demo corpus (examples/demo) into a fresh store and shows the result.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "echotrace-demo",
            description = "Store folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--no-serve", description = "Only analyze and print; do not open the workbench afterwards.")
    boolean noServe;

    @Option(names = "--port", defaultValue = "7070", description = "Port of the workbench (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path corpus = Path.of(System.getProperty("echotrace.home", ".")).resolve("examples/demo");
        if (!Files.isDirectory(corpus)) {
            throw new StoreException("the demo corpus is missing: expected " + corpus.toAbsolutePath());
        }
        reset(store);
        PrintStream out = System.out;
        out.println("Echotrace demo: analyzing the synthetic articles in " + corpus + " into " + store);
        List<CleanArticle> articles = new ArrayList<>();
        RunSummary s;
        try (EmbeddedStore st = EmbeddedStore.openOrCreate(store)) {
            s = new AnalyzeRun(st, FileReader.DEFAULT_MAX_BYTES, AnalyzeRun.DEFAULT_BATCH, Progress.of(Progress.Mode.AUTO, System.err))
                    .run(articleFiles(corpus), "demo");
            st.forEachArticle(articles::add);
        }
        new SummaryPrinter(out).print(s, store);
        out.println("Narratives: " + NarrativeStep.run(store).narratives().size() + " live (the workbench's home page lists them)");
        out.println();
        out.printf(Locale.ROOT, "%-16s %-10s %-48s %5s  %s%n", "id", "published", "title", "paras", "set apart");
        for (CleanArticle a : articles) {
            Map<String, Integer> apart = new TreeMap<>();
            for (Segment seg : a.segments()) {
                if (!seg.kind().isArticle()) {
                    apart.merge(seg.kind().label(), 1, Integer::sum);
                }
            }
            out.printf(Locale.ROOT, "%-16s %-10s %-48s %5d  %s%n", a.id(), a.metadata().published().map(d -> d.iso()).orElse("-"),
                    cut(a.metadata().title().orElse("(no title)"), 48), a.bodySegments().size(), apart);
        }
        if (!articles.isEmpty()) {
            CleanArticle first = articles.get(0);
            out.println();
            out.println("Every line of " + first.raw().source() + ", with its label:");
            for (Segment seg : first.segments()) {
                String mark = seg.kind().inBody() ? " " : seg.kind().isArticle() ? "*" : "-";
                out.printf(Locale.ROOT, " %s %-15s| %s%n", mark, seg.kind().label(), cut(seg.textOf(first.raw().text()), 90));
            }
            out.println("(' ' body, '*' title and metadata, '-' set apart from the body)");
        }
        out.println();
        out.println("Next: ./echotrace export articles --store " + store + " --out demo.jsonl");
        if (!noServe) {
            out.println("Opening the workbench: its home page lists the narratives; click one to see it.");
            return ServeCommand.serve(new org.echotrace.serve.WorkbenchServer.Options(store, "127.0.0.1", port,
                    java.util.Optional.empty(), true));
        }
        return 0;
    }

    /** The demo's articles only: its README and label files sit beside them. */
    private static List<Path> articleFiles(Path corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    /** Empties the demo store, but only when it is one of ours: never deletes a folder it did not make. */
    private static void reset(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.exists(dir.resolve("FORMAT"))) {
            throw new StoreException(dir + " exists and is not an Echotrace store; choose another --store");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
