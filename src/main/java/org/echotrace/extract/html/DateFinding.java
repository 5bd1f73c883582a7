package org.echotrace.extract.html;

import java.util.Objects;

/**
 * A publication date found in a page, with what it rests on.
 *
 * @param iso         "2017-11-14", "2017-11" or "2017", as precise as the evidence
 * @param precision   how much of the date the evidence gave
 * @param evidence    where it came from, e.g. {@code json-ld datePublished}, {@code url /2017/11/14/}
 * @param markupStart start offset of the evidence in the HTML string, -1 when it lies outside (the URL)
 * @param markupEnd   end offset of the evidence, -1 when it lies outside
 */
public record DateFinding(String iso, Precision precision, String evidence, int markupStart, int markupEnd) {
    /** How much of a date is known. */
    public enum Precision { DAY, MONTH, YEAR }

    public DateFinding {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(evidence, "evidence");
    }
}
