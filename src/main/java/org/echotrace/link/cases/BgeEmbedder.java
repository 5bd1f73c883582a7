package org.echotrace.link.cases;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * bge-small-en-v1.5 (quantised, 384 dimensions, shipped in the langchain4j jar): the case matcher's
 * second embedding. Cases are embedded as they are; claims matched against them get bge's retrieval
 * instruction ({@link #forQueries}), as its model card advises for short queries against passages.
 *
 * <p>Design decision: loaded on the first {@link #embed} call, not when the matcher is built, so a
 * run whose vectors are all cached (or an analyze with no case base) never loads its 34 MB model;
 * like the project's MiniLM embedder it runs on one large-stack thread of its own, because the
 * ONNX runtime overflows a default 1 MB stack.
 */
final class BgeEmbedder implements TextEmbedder {
    static final String MODEL = "bge-small-en-v1.5-q";
    private static final int BATCH = 64;
    private static final long STACK_BYTES = 16L << 20;
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    private static final BgeEmbedder SHARED = new BgeEmbedder();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "echotrace-bge", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });
    private BgeSmallEnV15QuantizedEmbeddingModel model;

    private BgeEmbedder() {
    }

    static BgeEmbedder shared() {
        return SHARED;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public TextEmbedder forQueries() {
        return new TextEmbedder() {
            @Override
            public String model() {
                return MODEL + "+query";
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                return BgeEmbedder.this.embed(texts.stream().map(t -> QUERY_INSTRUCTION + t).toList());
            }
        };
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String t : texts.subList(from, Math.min(texts.size(), from + BATCH))) {
                batch.add(TextSegment.from(t.isBlank() ? "." : t));
            }
            for (Embedding e : call(() -> loaded().embedAll(batch).content())) {
                out.add(org.echotrace.embed.SentenceEmbedder.normalised(e.vector()));
            }
        }
        return out;
    }

    /** Only ever called on the worker thread, so needs no lock. */
    private BgeSmallEnV15QuantizedEmbeddingModel loaded() {
        if (model == null) {
            model = new BgeSmallEnV15QuantizedEmbeddingModel();
        }
        return model;
    }

    private <T> T call(Callable<T> work) {
        try {
            return worker.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("the bge embedding model failed: " + e.getCause(), e.getCause());
        }
    }
}
