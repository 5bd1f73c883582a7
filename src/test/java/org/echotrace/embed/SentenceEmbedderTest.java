package org.echotrace.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        List<float[]> v = SentenceEmbedder.get().embed(List.of(
                "US forces in al-Tanf are helping ISIS militants.",
                "American troops at At Tanf support Islamic State fighters.",
                "The recipe needs two cups of flour and an egg."));
        assertEquals(SentenceEmbedder.DIMENSION, v.get(0).length);
        assertEquals(1.0, SentenceEmbedder.cosine(v.get(0), v.get(0)), 1e-4);
        double close = SentenceEmbedder.cosine(v.get(0), v.get(1));
        double far = SentenceEmbedder.cosine(v.get(0), v.get(2));
        assertTrue(close > far + 0.3, "paraphrase " + close + " vs unrelated " + far);
    }

    @Test
    void sameTextSameVector() {
        float[] a = SentenceEmbedder.get().embed("The ministry said the convoy was attacked.");
        float[] b = SentenceEmbedder.get().embed(List.of("x", "The ministry said the convoy was attacked.")).get(1);
        assertArrayEquals(a, b, 1e-5f);
    }

    @Test
    void textsTheTokenizerCannotReadStillGetAVector() {
        // A lone byte-order mark is a "sentence" of some scraped articles (PTC has seven); the ONNX
        // encoder refused it as empty and took the whole batch down with it.
        List<float[]> v = SentenceEmbedder.get().embed(List.of("\uFEFF", "\u200B \t", "The convoy was attacked."));
        assertEquals(3, v.size());
        assertArrayEquals(SentenceEmbedder.get().embed("."), v.get(0), 1e-5f);
        assertArrayEquals(SentenceEmbedder.get().embed("The convoy was attacked."), v.get(2), 1e-5f);
        assertEquals("\uFEFFSyria", SentenceEmbedder.embeddable("\uFEFFSyria"));
    }
}
