package org.echotrace.link.taxonomy;

import java.util.ArrayList;
import java.util.List;
import org.echotrace.model.TextSpan;

/** An article's text, the spans of its body sentences and one unit vector per sentence. */
public record ArticleSentences(String text, List<TextSpan> spans, List<float[]> vectors) {
    public ArticleSentences {
        spans = List.copyOf(spans);
        vectors = List.copyOf(vectors);
        if (spans.size() != vectors.size()) {
            throw new IllegalArgumentException(spans.size() + " sentences but " + vectors.size() + " vectors");
        }
    }

    /** Embeds the non-blank sentences among {@code spans}. */
    public static ArticleSentences embed(String text, List<TextSpan> spans, TextEmbedder embedder) {
        List<TextSpan> kept = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (TextSpan s : spans) {
            String t = s.textOf(text).strip();
            if (!t.isEmpty()) {
                kept.add(s);
                texts.add(t);
            }
        }
        return new ArticleSentences(text, kept, texts.isEmpty() ? List.of() : embedder.embed(texts));
    }

    /** The sentences' text joined by newlines: what the lexical features read. */
    public String body() {
        StringBuilder b = new StringBuilder();
        for (TextSpan s : spans) {
            b.append(s.textOf(text)).append('\n');
        }
        return b.toString();
    }
}
