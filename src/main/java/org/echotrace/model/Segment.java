package org.echotrace.model;

import java.util.Objects;

/**
 * A labelled span of an article's original text: {@code text.substring(start, end)}. Offsets count
 * UTF-16 code units of the decoded text, as Java and JavaScript strings do. For an article read
 * from HTML, {@code markupStart}/{@code markupEnd} locate the block the line was rendered from in
 * the page's markup ({@link Origin#markup()}); they are -1 for plain text.
 */
public record Segment(SegmentKind kind, int start, int end, int markupStart, int markupEnd) {
    public Segment {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (markupStart < -1 || markupEnd < markupStart) {
            throw new IllegalArgumentException("bad markup span [" + markupStart + ", " + markupEnd + ")");
        }
    }

    /** A segment of plain text, with no markup behind it. */
    public Segment(SegmentKind kind, int start, int end) {
        this(kind, start, end, -1, -1);
    }

    /** The covered text of {@code original}. */
    public String textOf(String original) {
        return original.substring(start, end);
    }

    public boolean hasMarkup() {
        return markupStart >= 0;
    }

    /** This segment with another kind. */
    public Segment withKind(SegmentKind k) {
        return new Segment(k, start, end, markupStart, markupEnd);
    }
}
