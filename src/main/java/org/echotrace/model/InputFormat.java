package org.echotrace.model;

/** What an input was before it became text. */
public enum InputFormat {
    /** Flattened text, as scraped. */
    TEXT,
    /** An HTML page; the article's text is the page's visible text, one block per line. */
    HTML
}
