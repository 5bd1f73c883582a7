package org.echotrace.cli;

import org.echotrace.clean.LineProfile;
import org.echotrace.extract.DateOrders;
import org.echotrace.ingest.InputReader;
import org.echotrace.ingest.InputCollector;
import org.echotrace.ingest.InputFile;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.pipeline.Problem;
import org.echotrace.pipeline.Rejected;
import org.echotrace.pipeline.RunSummary;
import org.echotrace.pipeline.StageClock;
import org.echotrace.store.ArticleStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One analyze run over files and folders into a store.
 *
 * <p>Design decision: two passes. The first reads every input to learn which lines recur across
 * the corpus (new articles plus what the store already counted), the second cleans with that
 * profile and stores in batches. Only line keys are held between passes, so memory stays flat
 * however many files there are; the price is reading each file twice, which the OS cache makes
 * cheap. Results are collected in input order, so parallel work stays deterministic.
 */
final class AnalyzeRun {
    static final int DEFAULT_BATCH = 1000;

    private final ArticleStore store;
    private final InputReader reader;
    private final int batchSize;
    private final Progress progress;
    private final StageClock clock = new StageClock();

    AnalyzeRun(ArticleStore store, long maxBytes, int batchSize, Progress progress) {
        this.store = store;
        this.reader = new InputReader(maxBytes);
        this.batchSize = batchSize;
        this.progress = progress;
    }

    private sealed interface Outcome permits Read, Failed {
    }

    private record Read(RawArticle article) implements Outcome {
    }

    private record Failed(Problem problem) implements Outcome {
    }

    RunSummary run(List<Path> paths, String command) {
        long t0 = System.nanoTime();
        InputCollector.Inputs inputs = clock.time("collect", () -> new InputCollector().collect(paths));
        List<Problem> rejected = new ArrayList<>(inputs.problems());
        long runId = store.beginRun(command);
        Set<String> known = store.knownIds();

        DateOrders.Tally dates = new DateOrders.Tally();
        LineProfile profile = learnProfile(inputs.files(), known, dates);
        ArticlePipeline pipeline = new ArticlePipeline(profile, dates.orders(), clock);
        progress.start(inputs.files().size());

        Tally tally = new Tally(rejected);
        Set<String> seenThisRun = new HashSet<>();
        List<InputFile> files = inputs.files();
        // Storing batch n overlaps with reading and cleaning batch n+1; at most one batch waits.
        try (BatchWriter writer = new BatchWriter(store, runId, clock)) {
            BatchWriter.Pending pending = null;
            for (int from = 0; from < files.size(); from += batchSize) {
                List<InputFile> slice = files.subList(from, Math.min(files.size(), from + batchSize));
                Batch batch = prepare(slice, pipeline, known, seenThisRun);
                if (pending != null) {
                    tally.add(pending.await());
                }
                pending = writer.submit(batch);
            }
            if (pending != null) {
                tally.add(pending.await());
            }
        }
        progress.finish();
        RunSummary summary = new RunSummary(files.size() + inputs.problems().size(), tally.stored, tally.unchanged, rejected,
                clock.totals(), Duration.ofNanos(System.nanoTime() - t0));
        store.recordProblems(runId, inputs.problems());
        store.finishRun(runId, summary);
        return summary;
    }

    /** Reads, decodes and cleans one batch of files; nothing is stored yet. */
    private Batch prepare(List<InputFile> slice, ArticlePipeline pipeline, Set<String> known, Set<String> seenThisRun) {
        List<RawArticle> fresh = new ArrayList<>();
        List<ArticleStore.Sighting> sightings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int unchanged = 0;
        for (Outcome o : readAll(slice)) {
            if (o instanceof Failed f) {
                problems.add(f.problem());
            } else if (o instanceof Read r) {
                sightings.add(new ArticleStore.Sighting(r.article().id(), r.article().source()));
                if (known.contains(r.article().id()) || !seenThisRun.add(r.article().id())) {
                    unchanged++;
                } else {
                    fresh.add(r.article());
                }
            }
        }
        List<AnalyzedArticle> clean = new ArrayList<>();
        Set<String> cleanRejected = new HashSet<>();
        List<Object> analyzed = fresh.parallelStream().map(raw -> analyze(pipeline, raw)).toList();
        for (int i = 0; i < analyzed.size(); i++) {
            if (analyzed.get(i) instanceof AnalyzedArticle c) {
                clean.add(c);
            } else {
                problems.add((Problem) analyzed.get(i));
                cleanRejected.add(fresh.get(i).id());
            }
        }
        sightings.removeIf(s -> cleanRejected.contains(s.articleId()));
        return new Batch(slice.size(), clean, sightings, problems, unchanged);
    }

    /** Running counts of a run, updated as batches are committed. */
    private final class Tally {
        private final List<Problem> rejected;
        int stored;
        int unchanged;

        Tally(List<Problem> rejected) {
            this.rejected = rejected;
        }

        void add(BatchWriter.Written w) {
            stored += w.added();
            unchanged += w.batch().unchanged() + w.batch().clean().size() - w.added();
            rejected.addAll(w.batch().problems());
            progress.advance(w.batch().files(), stored, unchanged, rejected.size());
        }
    }

    /**
     * Pass one: line keys of the articles new to the store, merged with the store's own counts; and
     * the order each file writes its records' slashed dates in ({@code dates}).
     */
    private LineProfile learnProfile(List<InputFile> files, Set<String> known, DateOrders.Tally dates) {
        return clock.time("profile", () -> {
            Map<Long, Integer> counts = new HashMap<>();
            Set<String> counted = new HashSet<>();
            for (int from = 0; from < files.size(); from += batchSize) {
                List<InputFile> batch = files.subList(from, Math.min(files.size(), from + batchSize));
                List<Keyed> keyed = batch.parallelStream().flatMap(f -> reader.read(f).stream())
                        .filter(item -> item instanceof InputReader.Article)
                        .map(item -> {
                            RawArticle a = ((InputReader.Article) item).article();
                            try {
                                return new Keyed(a, ArticlePipeline.profileKeys(a));
                            } catch (Rejected e) {
                                return new Keyed(a, Set.<Long>of());
                            }
                        }).toList();
                for (Keyed k : keyed) {
                    dates.add(k.article);
                    if (!known.contains(k.id()) && counted.add(k.id())) {
                        for (long key : k.keys) {
                            counts.merge(key, 1, Integer::sum);
                        }
                    }
                }
            }
            Map<Long, Integer> stored = store.lineCounts(counts.keySet());
            stored.forEach((k, v) -> counts.merge(k, v, Integer::sum));
            return new LineProfile(counts, (int) Math.min(Integer.MAX_VALUE, store.articleCount() + counted.size()));
        });
    }

    private record Keyed(RawArticle article, Set<Long> keys) {
        String id() {
            return article.id();
        }
    }

    private List<Outcome> readAll(List<InputFile> batch) {
        return batch.parallelStream()
                .flatMap(f -> clock.time("ingest", () -> reader.read(f)).stream())
                .map(item -> item instanceof InputReader.Article a
                        ? (Outcome) new Read(a.article())
                        : (Outcome) new Failed(((InputReader.Failure) item).problem()))
                .toList();
    }

    private static Object analyze(ArticlePipeline pipeline, RawArticle raw) {
        try {
            return pipeline.analyze(raw);
        } catch (Rejected e) {
            return new Problem(raw.source(), "clean", e.getMessage());
        } catch (RuntimeException e) {
            // A bug in a stage must not stop the run or lose the other articles: this one is
            // reported (and retried by the next run, since it was not stored).
            return new Problem(raw.source(), "analyze", "internal error (a bug, please report it): " + e);
        }
    }

    Map<String, Duration> stageTimes() {
        return clock.totals();
    }
}
