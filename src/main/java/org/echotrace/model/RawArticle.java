package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * One article as decoded text, before cleaning.
 *
 * @param id      content hash of the decoded text: the same article read twice has the same id
 * @param source  where it came from (path, or path and entry)
 * @param text    the original text; every later span points into it
 * @param charset the character set the bytes were decoded with
 * @param notices non-fatal oddities met on the way
 * @param origin  format, URL and container fields of the input
 */
public record RawArticle(String id, String source, String text, String charset, List<Notice> notices, Origin origin) {
    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        notices = List.copyOf(notices);
    }

    /** A plain-text article with no URL or container fields. */
    public RawArticle(String id, String source, String text, String charset, List<Notice> notices) {
        this(id, source, text, charset, notices, Origin.PLAIN_TEXT);
    }
}
