package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article's body, with its tokens. {@code paragraph} counts body segments from
 * zero, so consumers can tell a sentence that opens a paragraph (quotes spanning paragraphs).
 */
public record Sentence(int index, int paragraph, TextSpan span, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }

    public String textOf(String original) {
        return span.textOf(original);
    }
}
