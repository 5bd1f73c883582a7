package org.echotrace.model;

import java.util.Objects;

/**
 * A mention of an entity in the original text. {@code canonical} is the normalised entity it
 * names, shared by its aliases and transliterations ("ISIL", "Daesh" and "Islamic State" all carry
 * "ISIS"); {@code score} is the recogniser's confidence, 0..1.
 */
public record EntityMention(TextSpan span, String text, EntityType type, String canonical, double score) {
    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }
}
