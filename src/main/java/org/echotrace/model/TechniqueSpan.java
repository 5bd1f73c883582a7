package org.echotrace.model;

import java.util.Objects;

/** A span of the original text using a propaganda technique, with the classifier's score (0..1). */
public record TechniqueSpan(TextSpan span, Technique technique, double score) {
    public TechniqueSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(technique, "technique");
    }
}
