package org.echotrace.eval;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.echotrace.extract.technique.LabelledArticle;
import org.echotrace.extract.technique.TechniqueExtractor;

/**
 * Throughput of the technique stage alone (sentences already annotated, as in the pipeline) on two
 * threads, the speed goal's machine: one warm-up pass, then the best of three timed passes.
 */
final class TechniqueBench {
    private static final int THREADS = 2;
    private static final int PASSES = 3;

    private TechniqueBench() {
    }

    static Map<String, Object> run(TechniqueExtractor extractor, List<LabelledArticle> articles, PrintStream log) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            pass(extractor, articles, pool);
            double best = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            long spans = 0;
            for (int i = 0; i < PASSES; i++) {
                long t0 = System.nanoTime();
                long[] r = pass(extractor, articles, pool);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                bestCpu = Math.min(bestCpu, r[1] / 1e9);
                spans = r[0];
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("threads", THREADS);
            out.put("articles_per_s", Metrics.round(articles.size() / best));
            // The machine is shared: wall time measures the neighbours too, CPU time only this stage.
            out.put("articles_per_cpu_s", Metrics.round(articles.size() / bestCpu));
            out.put("spans_per_article", Metrics.round((double) spans / Math.max(1, articles.size())));
            log.printf(Locale.ROOT, "technique stage: %.0f articles/s on %d threads (wall), %.0f per CPU-second%n",
                    articles.size() / best, THREADS, articles.size() / bestCpu);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("technique stage failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Spans found and CPU nanoseconds spent, summed over the threads. */
    private static long[] pass(TechniqueExtractor extractor, List<LabelledArticle> articles, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        AtomicInteger next = new AtomicInteger();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Future<long[]>> work = new java.util.ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            work.add(pool.submit(() -> {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long n = 0;
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    LabelledArticle a = articles.get(i);
                    n += extractor.find(a.text(), a.sentences()).size();
                }
                return new long[] {n, threads.getCurrentThreadCpuTime() - cpu0};
            }));
        }
        long[] sum = new long[2];
        for (Future<long[]> f : work) {
            long[] r = f.get();
            sum[0] += r[0];
            sum[1] += r[1];
        }
        return sum;
    }
}
