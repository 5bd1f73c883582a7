package org.echotrace.model;

import java.util.Objects;

/**
 * When an article was published, as precisely as the evidence allows, and where that came from.
 *
 * @param iso       "2017-11-14", "2024-06" or "2019"
 * @param precision {@code day}, {@code month} or {@code year}
 * @param evidence  how it was found, e.g. {@code dateline}, {@code meta article:published_time}, {@code url}
 * @param start     start of the evidence in the article's text, or -1 when it lies outside the text
 *                  (in markup, a URL or a container field)
 * @param end       end of the evidence, or -1
 * @param markupStart start of the evidence in the page's markup ({@link Origin#markup()}), or -1
 * @param markupEnd   end of the evidence in the markup, or -1
 */
public record PublishedDate(String iso, String precision, String evidence, int start, int end, int markupStart,
                            int markupEnd) {
    public PublishedDate {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A date whose evidence is in the text (or nowhere), not in markup. */
    public PublishedDate(String iso, String precision, String evidence, int start, int end) {
        this(iso, precision, evidence, start, end, -1, -1);
    }

    /** The precision an ISO date string carries by its length. */
    public static String precisionOf(String iso) {
        return switch (iso.length()) {
            case 4 -> "year";
            case 7 -> "month";
            default -> "day";
        };
    }
}
