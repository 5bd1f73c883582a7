package org.echotrace.link.cases;

import org.echotrace.embed.SentenceEmbedder;

import java.util.List;

/** Texts to unit vectors, with the name of the model so that stored vectors of another are never mixed in. */
public interface TextEmbedder {
    String model();

    /** One unit vector per text, in order. */
    List<float[]> embed(List<String> texts);

    /** The embedder for the claims matched against texts this one embedded: itself, unless the model wants queries marked. */
    default TextEmbedder forQueries() {
        return this;
    }

    /** The in-jar MiniLM embedder of the project (it runs the model on a large-stack thread of its own). */
    static TextEmbedder miniLm() {
        return new TextEmbedder() {
            @Override
            public String model() {
                return SentenceEmbedder.MODEL;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                return SentenceEmbedder.get().embed(texts);
            }
        };
    }

    /** The in-jar bge-small-en-v1.5 embedder, loaded on first use. */
    static TextEmbedder bgeSmall() {
        return InJarEmbedder.bge();
    }

    /** The in-jar e5-small-v2 embedder ("passage: " and "query: " marked), loaded on first use. */
    static TextEmbedder e5Small() {
        return InJarEmbedder.e5();
    }
}
