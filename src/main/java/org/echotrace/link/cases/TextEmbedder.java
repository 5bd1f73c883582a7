package org.echotrace.link.cases;

import org.echotrace.embed.SentenceEmbedder;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Texts to unit vectors, with the name of the model so that stored vectors of another are never mixed in. */
public interface TextEmbedder {
    String model();

    /** One unit vector per text, in order. */
    List<float[]> embed(List<String> texts);

    /** The in-jar MiniLM embedder of the project, called on a thread of its own (see {@link LargeStack}). */
    static TextEmbedder miniLm() {
        return new TextEmbedder() {
            @Override
            public String model() {
                return SentenceEmbedder.MODEL;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                return LargeStack.call(() -> SentenceEmbedder.get().embed(texts));
            }
        };
    }

    /**
     * The ONNX runtime's tokenizer and session crash the JVM (SIGSEGV, no error file) on a thread
     * with the launcher's default 1 MB stack, as {@code echotrace}'s main thread has; 2 MB is enough.
     * Embedding runs on one daemon thread with 16 MB.
     */
    final class LargeStack {
        private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "embedder", 16L << 20);
            t.setDaemon(true);
            return t;
        });

        private LargeStack() {
        }

        static <T> T call(java.util.concurrent.Callable<T> work) {
            Future<T> f = THREAD.submit(work);
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
