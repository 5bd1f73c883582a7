package org.echotrace.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;

/**
 * Embeds texts in batches with all-MiniLM-L6-v2 (quantised, 384 dimensions), the model shipped in
 * the langchain4j jar. Vectors are L2-normalised, so a dot product is the cosine.
 *
 * <p>Design decision: one shared model per JVM (it holds an ONNX session of about 25 MB, and
 * onnxruntime sessions are safe to call from several threads); {@link #MODEL} names it so that
 * stored vectors can be told apart from those of another model and recomputed.
 */
public final class SentenceEmbedder {
    public static final String MODEL = "all-MiniLM-L6-v2-q";
    public static final int DIMENSION = 384;
    static final int BATCH = 64;

    private static volatile SentenceEmbedder shared;

    /** The stack the ONNX runtime needs: on a default 1 MB main-thread stack it overflows and kills the JVM. */
    static final long STACK_BYTES = 16L << 20;
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final EmbeddingModel model;
    private final java.util.concurrent.ExecutorService worker;

    private SentenceEmbedder() {
        this.worker = java.util.concurrent.Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(null, r, "echotrace-embedder", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        this.model = call(AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    /**
     * Runs model work on the embedder's own threads. Design decision: threads with a large stack
     * rather than asking every caller (a CLI main thread, a test, a server) to size theirs. One
     * caller embedding batches gets one thread at a time, and onnxruntime uses all cores inside
     * each batch; concurrent callers (the workbench's semantic queries, a few words each, where
     * onnxruntime finds little to split) run side by side, one thread per core.
     */
    private <T> T call(java.util.concurrent.Callable<T> work) {
        try {
            return worker.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("the embedding model failed: " + e.getCause(), e.getCause());
        }
    }

    /** The JVM's embedder, loaded on first use (about a second). */
    public static SentenceEmbedder get() {
        SentenceEmbedder e = shared;
        if (e == null) {
            synchronized (SentenceEmbedder.class) {
                e = shared;
                if (e == null) {
                    e = new SentenceEmbedder();
                    shared = e;
                }
            }
        }
        return e;
    }

    /** One unit vector per text, in order. */
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String t : texts.subList(from, Math.min(texts.size(), from + BATCH))) {
                batch.add(TextSegment.from(embeddable(t)));
            }
            for (Embedding e : call(() -> model.embedAll(batch).content())) {
                out.add(normalised(e.vector()));
            }
        }
        return out;
    }

    /**
     * The text itself, or "." where it holds nothing the tokenizer reads: only whitespace, control and
     * format characters (a lone byte-order mark U+FEFF, a zero-width space), which the ONNX encoder
     * refuses as empty. Scraped text has such "sentences"; their vector means nothing either way.
     */
    public static String embeddable(String text) {
        boolean empty = text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
        return empty ? "." : text;
    }

    public float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The vector scaled to unit length (a zero vector as it is): cosine is then a dot product. */
    public static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
