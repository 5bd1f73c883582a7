package org.echotrace.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the lead starts in a paragraph that a scraper glued to its dateline ("Wed 05 Apr 2017 Syria
 * attack symptoms ...", "Date of publication 27 October 2016 State media says ..."): the date is the
 * article's metadata, not the first words of its first sentence, so no claim, speaker or technique
 * span may take it in.
 *
 * <p>Design decision: only a day-exact date that opens the paragraph ({@link DatelineParser#parseOpening}),
 * with nothing before it but a weekday or a "published" label, followed by a capitalised word, a
 * digit or a quotation mark, is a dateline; "On 5 April 2017 the army said" and "5 April 2017 saw
 * ..." are the story's own words.
 */
public final class Datelines {
    /** A time after the date ("10:00:00 GMT", "3.15 pm"), then the space before the lead. */
    private static final Pattern AFTER = Pattern.compile(
            "^(?:,?\\s+\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*(?:[aApP]\\.?[mM]\\.?|GMT|UTC|EST|EDT))?)?[\\s,.–—|-]+(?=[\\p{Lu}\\p{N}\"“‘'])");

    private Datelines() {
    }

    /** How far into a paragraph a dateline and the space after it may reach. */
    private static final int HEAD_CHARS = 100;

    /**
     * Where the lead of the paragraph {@code text[from, to)} starts: past its leading blanks, and
     * past a dateline when one opens it.
     */
    public static int leadStart(String text, int from, int to) {
        int start = from;
        while (start < to && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String head = text.substring(start, Math.min(to, start + HEAD_CHARS));
        return start + leadStart(head);
    }

    /** The offset in {@code paragraph} where its lead starts after a dateline, or 0 when none opens it. */
    public static int leadStart(String paragraph) {
        return DatelineParser.parseOpening(paragraph).map(d -> {
            Matcher m = AFTER.matcher(paragraph.substring(d.end()));
            return m.find() ? d.end() + m.end() : 0;
        }).orElse(0);
    }
}
