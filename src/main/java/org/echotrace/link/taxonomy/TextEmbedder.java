package org.echotrace.link.taxonomy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.echotrace.embed.SentenceEmbedder;

/**
 * Unit sentence vectors for texts, in order. The labeller's only view of the embedding model, so an
 * evaluation can put a cache in front of {@link SentenceEmbedder}.
 */
@FunctionalInterface
public interface TextEmbedder {
    /** Stack of the thread that calls the ONNX model; see {@link #shared()}. */
    long EMBEDDING_STACK_BYTES = 16L << 20;

    List<float[]> embed(List<String> texts);

    /**
     * The JVM's {@link SentenceEmbedder}, each call run on its own thread with a
     * {@link #EMBEDDING_STACK_BYTES} stack.
     *
     * <p>Design decision: onnxruntime 1.29 overflows the native stack of a thread with the JVM's
     * default 1 MB (the process dies of SIGSEGV with no error file; 2 MB was enough in our trials),
     * which is what the {@code main} thread of {@code java} gets. A thread per call costs far less
     * than embedding one sentence and keeps calls from several threads parallel.
     */
    static TextEmbedder shared() {
        return texts -> {
            AtomicReference<List<float[]>> out = new AtomicReference<>();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    out.set(SentenceEmbedder.get().embed(texts));
                } catch (Throwable e) {
                    failed.set(e);
                }
            }, "embedding", EMBEDDING_STACK_BYTES);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            }
            if (failed.get() instanceof RuntimeException r) {
                throw r;
            }
            if (failed.get() != null) {
                throw new IllegalStateException("embedding failed: " + failed.get(), failed.get());
            }
            return out.get();
        };
    }
}
