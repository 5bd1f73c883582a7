package org.echotrace.eval;

import java.io.PrintStream;
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
            long spans = 0;
            for (int i = 0; i < PASSES; i++) {
                long t0 = System.nanoTime();
                spans = pass(extractor, articles, pool);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("threads", THREADS);
            out.put("articles_per_s", Metrics.round(articles.size() / best));
            out.put("spans_per_article", Metrics.round((double) spans / Math.max(1, articles.size())));
            log.printf(Locale.ROOT, "technique stage: %.0f articles/s on %d threads%n", articles.size() / best, THREADS);
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

    private static long pass(TechniqueExtractor extractor, List<LabelledArticle> articles, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        AtomicInteger next = new AtomicInteger();
        List<Future<Long>> work = new java.util.ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            work.add(pool.submit(() -> {
                long n = 0;
                for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                    LabelledArticle a = articles.get(i);
                    n += extractor.find(a.text(), a.sentences()).size();
                }
                return n;
            }));
        }
        long spans = 0;
        for (Future<Long> f : work) {
            spans += f.get();
        }
        return spans;
    }
}
