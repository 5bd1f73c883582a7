package org.echotrace.link.cases;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import org.echotrace.embed.SentenceEmbedder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A quantised 384-dimension retrieval model shipped in a langchain4j jar, as a case-matcher
 * embedding: bge-small-en-v1.5 and e5-small-v2. Each model card says how to mark the two sides of
 * a retrieval: bge embeds passages (cases) as they are and prefixes short queries (claims) with an
 * instruction; e5 prefixes both, "passage: " and "query: ". Claims go through {@link #forQueries}.
 *
 * <p>Design decision: loaded on the first {@link #embed} call, not when the matcher is built, so a
 * run whose vectors are all cached (or an analyze with no case base) never loads its model (34 MB
 * bge, 33 MB e5); like the project's MiniLM embedder it runs on one large-stack thread of its own,
 * because the ONNX runtime overflows a default 1 MB stack.
 */
final class InJarEmbedder implements TextEmbedder {
    static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    private static final int BATCH = 64;
    private static final long STACK_BYTES = 16L << 20;
    private static final InJarEmbedder BGE = new InJarEmbedder("bge-small-en-v1.5-q", "", BGE_QUERY_INSTRUCTION,
            BgeSmallEnV15QuantizedEmbeddingModel::new);
    private static final InJarEmbedder E5 = new InJarEmbedder("e5-small-v2-q", "passage: ", "query: ",
            E5SmallV2QuantizedEmbeddingModel::new);

    private final String name;
    private final String passagePrefix;
    private final String queryPrefix;
    private final Supplier<EmbeddingModel> factory;
    private final ExecutorService worker;
    private EmbeddingModel model;

    private InJarEmbedder(String name, String passagePrefix, String queryPrefix, Supplier<EmbeddingModel> factory) {
        this.name = name;
        this.passagePrefix = passagePrefix;
        this.queryPrefix = queryPrefix;
        this.factory = factory;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "echotrace-" + name, STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    static InJarEmbedder bge() {
        return BGE;
    }

    static InJarEmbedder e5() {
        return E5;
    }

    @Override
    public String model() {
        return name;
    }

    @Override
    public TextEmbedder forQueries() {
        return new TextEmbedder() {
            @Override
            public String model() {
                return name + "+query";
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                return InJarEmbedder.this.embedMarked(texts, queryPrefix);
            }
        };
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return embedMarked(texts, passagePrefix);
    }

    private List<float[]> embedMarked(List<String> texts, String prefix) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String t : texts.subList(from, Math.min(texts.size(), from + BATCH))) {
                batch.add(TextSegment.from(prefix + SentenceEmbedder.embeddable(t)));
            }
            for (Embedding e : call(() -> loaded().embedAll(batch).content())) {
                out.add(org.echotrace.embed.SentenceEmbedder.normalised(e.vector()));
            }
        }
        return out;
    }

    /** Only ever called on the worker thread, so needs no lock. */
    private EmbeddingModel loaded() {
        if (model == null) {
            model = factory.get();
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
            throw new IllegalStateException("the " + name + " embedding model failed: " + e.getCause(), e.getCause());
        }
    }
}
