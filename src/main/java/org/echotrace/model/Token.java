package org.echotrace.model;

import java.util.Objects;

/**
 * One token of a sentence: its span in the original text, its text, and its part-of-speech tag
 * (Universal Dependencies UPOS tags, as OpenNLP's English UD-EWT model emits them: {@code PROPN},
 * {@code VERB}, {@code PRON} ...).
 */
public record Token(TextSpan span, String text, String pos) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
