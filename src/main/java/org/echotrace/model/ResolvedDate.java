package org.echotrace.model;

/**
 * A relative date in an article's text ("on June 11 of the current year", "last week") resolved
 * against the publication date.
 *
 * @param start      start of the expression in the article's text
 * @param end        end of the expression
 * @param expression the expression as written
 * @param iso        the resolved date, week ("2017-W45") or month
 * @param precision  {@code day}, {@code week}, {@code month} or {@code year}
 * @param rule       how it was resolved, in words
 */
public record ResolvedDate(int start, int end, String expression, String iso, String precision, String rule) {
}
