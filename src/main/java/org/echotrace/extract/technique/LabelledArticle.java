package org.echotrace.extract.technique;

import java.util.List;
import java.util.Objects;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;

/**
 * An article of the propaganda corpus with its sentences, its gold technique spans (one per line of
 * the technique label file, so a span may appear twice with two techniques) and its gold propaganda
 * spans (the span-identification file's lines; where a folder has none, the technique spans).
 */
public record LabelledArticle(String id, String text, List<Sentence> sentences, List<GoldTechnique> gold,
                              List<TextSpan> spans) {
    public LabelledArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        gold = List.copyOf(gold);
        spans = List.copyOf(spans);
    }
}
