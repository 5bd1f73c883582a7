package org.echotrace.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article whose every line has been labelled. The body is derived from the {@link SegmentKind#inBody()}
 * segments, joined by a blank line, and every body offset maps back to the original text.
 */
public record CleanArticle(RawArticle raw, List<Segment> segments, ArticleMetadata metadata) {
    /** Separator placed between body segments in {@link #body()}. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    public CleanArticle {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(metadata, "metadata");
        segments = List.copyOf(segments);
        for (Segment s : segments) {
            if (s.end() > raw.text().length()) {
                throw new IllegalArgumentException("segment " + s + " ends past the text (" + raw.text().length() + ")");
            }
        }
    }

    public String id() {
        return raw.id();
    }

    /** The segments that form the body, in text order. */
    public List<Segment> bodySegments() {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.kind().inBody()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The clean body: the article and nothing else. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : bodySegments()) {
            if (!sb.isEmpty()) {
                sb.append(PARAGRAPH_BREAK);
            }
            sb.append(raw.text(), s.start(), s.end());
        }
        return sb.toString();
    }

    /**
     * The offset in the original text of a character of {@link #body()}; a paragraph break maps to
     * the end of the paragraph before it.
     */
    public int originalOffset(int bodyOffset) {
        if (bodyOffset < 0) {
            throw new IndexOutOfBoundsException("body offset " + bodyOffset);
        }
        int at = 0;
        int lastEnd = 0;
        for (Segment s : bodySegments()) {
            if (at > 0) {
                if (bodyOffset < at + PARAGRAPH_BREAK.length()) {
                    return lastEnd;
                }
                at += PARAGRAPH_BREAK.length();
            }
            int len = s.end() - s.start();
            if (bodyOffset <= at + len) {
                return s.start() + (bodyOffset - at);
            }
            at += len;
            lastEnd = s.end();
        }
        throw new IndexOutOfBoundsException("body offset " + bodyOffset + " past body length " + at);
    }
}
