package org.echotrace.model;

import java.util.Objects;

/**
 * A labelled span of an article's original text: {@code text.substring(start, end)}. Offsets count
 * UTF-16 code units of the decoded text, as Java and JavaScript strings do.
 */
public record Segment(SegmentKind kind, int start, int end) {
    public Segment {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The covered text of {@code original}. */
    public String textOf(String original) {
        return original.substring(start, end);
    }
}
