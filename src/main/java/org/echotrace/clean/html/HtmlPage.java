package org.echotrace.clean.html;

import java.util.List;
import java.util.Objects;
import org.echotrace.model.Segment;

/**
 * A page's visible text, flattened one block per line with a blank line between blocks, and its
 * labelled lines.
 *
 * @param text        the flattened text
 * @param segments    one labelled segment per line of {@code text}, in order
 * @param markupSpans for each segment, {@code [start, end)} in the HTML source of the text that made it
 */
public record HtmlPage(String text, List<Segment> segments, List<int[]> markupSpans) {
    public HtmlPage {
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
        markupSpans = List.copyOf(markupSpans);
        if (segments.size() != markupSpans.size()) {
            throw new IllegalArgumentException(segments.size() + " segments but " + markupSpans.size() + " spans");
        }
    }
}
