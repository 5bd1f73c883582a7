package org.echotrace.cli;

import org.echotrace.pipeline.StageClock;
import org.echotrace.store.ArticleStore;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stores batches on one background thread, so the store's commit of one batch overlaps the
 * cleaning of the next. The store is only ever touched by this thread while a run is writing.
 */
final class BatchWriter implements AutoCloseable {
    /** A batch and how many of its articles were new to the store. */
    record Written(Batch batch, int added) {
    }

    /** A batch being written. */
    record Pending(Future<Written> future) {
        Written await() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing a batch", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private final ArticleStore store;
    private final long runId;
    private final StageClock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "echotrace-store");
        t.setDaemon(true);
        return t;
    });

    BatchWriter(ArticleStore store, long runId, StageClock clock) {
        this.store = store;
        this.runId = runId;
        this.clock = clock;
    }

    Pending submit(Batch b) {
        return new Pending(thread.submit(() -> clock.time("store", () -> {
            int added = store.add(runId, b.clean(), b.sightings());
            store.recordProblems(runId, b.problems());
            return new Written(b, added);
        })));
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
