package org.echotrace.extract.technique;

import java.util.Objects;
import org.echotrace.model.Technique;
import org.echotrace.model.TextSpan;

/** A labelled fragment: a span of the article's text and the technique an annotator saw in it. */
public record GoldTechnique(TextSpan span, Technique technique) {
    public GoldTechnique {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(technique, "technique");
    }
}
