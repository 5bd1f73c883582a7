package org.echotrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.ingest.FileReader;
import org.echotrace.ingest.InputCollector;
import org.echotrace.ingest.InputFile;
import org.echotrace.clean.LineProfile;
import org.echotrace.eval.PeakHeap;
import org.echotrace.ingest.InputReader;
import org.echotrace.model.RawArticle;
import org.echotrace.pipeline.StageClock;
import org.echotrace.pipeline.RunSummary;
import org.echotrace.store.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {ClusteringBench.class},
        description = "Benchmarks. 'analyze': throughput and peak memory of analyze on generated articles,"
                + " beside a baseline (reading and decoding the same files) measured in the same run.")
final class BenchCommand implements Callable<Integer> {
    enum What { analyze, serve }

    @Parameters(index = "0", arity = "0..1", paramLabel = "WHAT", description = "${COMPLETION-CANDIDATES}")
    What what;

    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N")
    int articles;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temporary folder, deleted after).")
    Path work;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Override
    public Integer call() throws IOException {
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("echotrace-bench") : work;
        try {
            if (what == What.serve) return new ServeBench(articles, seed, 5).run(dir);
            Path demo = Path.of(System.getProperty("echotrace.home", ".")).resolve("examples/demo");
            List<Path> files = new SyntheticCorpus(demo).write(dir.resolve("articles"), articles, seed);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.err.printf(Locale.ROOT, "generated %d articles (%.1f MB) in %s%n", files.size(), bytes / 1e6, dir);

            double baseline = baselineSeconds(dir.resolve("articles"));
            System.gc();
            PeakHeap.reset();
            long t0 = System.nanoTime();
            RunSummary first = analyze(dir, "store", Progress.Mode.AUTO);
            double analyze = (System.nanoTime() - t0) / 1e9;
            long heapPeak = PeakHeap.bytes();
            long t1 = System.nanoTime();
            RunSummary again = analyze(dir, "store", Progress.Mode.NONE);
            double rerun = (System.nanoTime() - t1) / 1e9;
            double[] stages = stageSeconds(dir.resolve("articles"));
            // The same analyze into a new store in this now warm JVM: the steady state of a long run.
            long t2 = System.nanoTime();
            analyze(dir, "store-warm", Progress.Mode.NONE);
            double warm = (System.nanoTime() - t2) / 1e9;

            new SummaryPrinter(System.out).print(first, dir.resolve("store"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bench", "analyze");
            m.put("articles", files.size());
            m.put("stored", first.stored());
            m.put("rejected", first.rejected().size());
            m.put("cores", Runtime.getRuntime().availableProcessors());
            m.put("analyze_seconds", round(analyze));
            m.put("analyze_articles_per_s", round(files.size() / analyze));
            m.put("analyze_warm_jvm_articles_per_s", round(files.size() / warm));
            m.put("baseline_read_decode_seconds", round(baseline));
            m.put("analyze_over_baseline", round(analyze / baseline));
            m.put("stages_in_memory_cold_articles_per_s", round(files.size() / stages[0]));
            m.put("stages_in_memory_warm_articles_per_s", round(files.size() / stages[1]));
            // Each stage's own rate on all cores: articles over its summed thread time shared by the cores.
            Map<String, Object> perStage = new LinkedHashMap<>();
            int cores = Runtime.getRuntime().availableProcessors();
            lastStageClock.totals().forEach((stage, d) ->
                    perStage.put(stage, round(files.size() / (d.toNanos() / 1e9 / cores))));
            m.put("stage_warm_articles_per_s_on_all_cores", perStage);
            m.put("rerun_seconds", round(rerun));
            m.put("rerun_stored", again.stored());
            m.put("rerun_unchanged", again.unchanged());
            m.put("peak_heap_mb", round(heapPeak / 1e6));
            m.put("peak_rss_mb", round(peakRssBytes() / 1e6));
            m.put("max_heap_mb", round(Runtime.getRuntime().maxMemory() / 1e6));
            System.out.println(new ObjectMapper().writeValueAsString(m));
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private static RunSummary analyze(Path dir, String store, Progress.Mode progress) {
        try (EmbeddedStore st = EmbeddedStore.openOrCreate(dir.resolve(store))) {
            return new AnalyzeRun(st, FileReader.DEFAULT_MAX_BYTES, AnalyzeRun.DEFAULT_BATCH, Progress.of(progress, System.err))
                    .run(List.of(dir.resolve("articles")), "bench");
        }
    }

    /**
     * The per-article stages alone (clean, metadata, relative dates) over articles already in
     * memory, on all cores: what the pipeline costs without reading files or storing. Run twice;
     * the second run is warm (compiled by the JIT).
     */
    private double[] stageSeconds(Path articlesDir) {
        InputReader reader = new InputReader(FileReader.DEFAULT_MAX_BYTES);
        List<RawArticle> raws = new InputCollector().collect(List.of(articlesDir)).files().parallelStream()
                .flatMap(f -> reader.read(f).stream())
                .filter(i -> i instanceof InputReader.Article)
                .map(i -> ((InputReader.Article) i).article()).toList();
        LineProfile profile = LineProfile.EMPTY.plus(raws.stream().map(RawArticle::text).toList());
        double[] out = new double[2];
        for (int round = 0; round < 2; round++) {
            StageClock clock = new StageClock();
            ArticlePipeline pipeline = new ArticlePipeline(profile, clock);
            lastStageClock = clock;
            long t0 = System.nanoTime();
            long chars = raws.parallelStream().mapToLong(r -> pipeline.analyze(r).clean().body().length()).sum();
            out[round] = (System.nanoTime() - t0) / 1e9;
            if (chars == 0) {
                throw new IllegalStateException("the stages produced no body");
            }
        }
        return out;
    }

    /** The clock of the last in-memory stages run: time per stage, summed over threads. */
    private StageClock lastStageClock;

    /** The floor any analyze run pays: listing, reading and decoding every file, in parallel. */
    private static double baselineSeconds(Path articlesDir) {
        long t0 = System.nanoTime();
        InputReader reader = new InputReader(FileReader.DEFAULT_MAX_BYTES);
        List<InputFile> files = new InputCollector().collect(List.of(articlesDir)).files();
        long chars = files.parallelStream().flatMap(f -> reader.read(f).stream())
                .mapToLong(i -> i instanceof InputReader.Article a ? a.article().text().length() : 0).sum();
        if (chars == 0) {
            throw new IllegalStateException("baseline read nothing");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Peak resident set size of this process (Linux), or -1 where it cannot be read. */
    private static long peakRssBytes() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
