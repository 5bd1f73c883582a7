package org.echotrace.model;

/**
 * A half-open span {@code [start, end)} of an article's original text ({@link RawArticle#text()}),
 * in UTF-16 code units. Every finding (a claim, a speaker, an entity, a technique) points at one.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String textOf(String original) {
        return original.substring(start, end);
    }

    public boolean overlaps(TextSpan o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(TextSpan o) {
        return start <= o.start && o.end <= end;
    }

    /** The smallest span covering both. */
    public TextSpan union(TextSpan o) {
        return new TextSpan(Math.min(start, o.start), Math.max(end, o.end));
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
