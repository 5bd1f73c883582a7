package org.echotrace.link.taxonomy;

import java.util.List;
import org.echotrace.embed.SentenceEmbedder;

/**
 * Unit sentence vectors for texts, in order. The labeller's only view of the embedding model, so an
 * evaluation can put a cache in front of {@link SentenceEmbedder}.
 */
@FunctionalInterface
public interface TextEmbedder {
    List<float[]> embed(List<String> texts);

    /** The JVM's {@link SentenceEmbedder} (it runs the model on a large-stack thread of its own). */
    static TextEmbedder shared() {
        return texts -> SentenceEmbedder.get().embed(texts);
    }
}
