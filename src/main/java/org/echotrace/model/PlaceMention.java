package org.echotrace.model;

import java.util.Objects;

/** A place named in the text and the gazetteer entry it was resolved to, with the resolver's confidence (0..1). */
public record PlaceMention(TextSpan span, String text, Place place, double confidence) {
    public PlaceMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
    }
}
