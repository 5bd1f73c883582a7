package org.echotrace.store;

import org.echotrace.model.CleanArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Feeds committed batches to the Lucene index on its own thread, so that analysing the text of
 * batch n overlaps the DuckDB write of batch n+1. One batch is in flight at most; anything that
 * reads or commits the index waits for it first.
 */
final class BackgroundIndexer implements AutoCloseable {
    private final LuceneIndex lucene;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "echotrace-index");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;

    BackgroundIndexer(LuceneIndex lucene) {
        this.lucene = lucene;
    }

    /** Indexes a batch already committed to the tables, after the one before it. */
    void submit(List<CleanArticle> batch, long throughSeq) {
        await();
        inFlight = thread.submit(() -> {
            try {
                lucene.index(batch, throughSeq);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Waits for the batch in flight; its failure surfaces here. */
    void await() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while updating the search index", e);
        } catch (ExecutionException e) {
            throw new StoreException("cannot update the search index: " + e.getCause().getMessage(), e.getCause());
        } finally {
            inFlight = null;
        }
    }

    @Override
    public void close() {
        try {
            await();
        } finally {
            thread.shutdown();
        }
    }
}
