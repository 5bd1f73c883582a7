package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event-specific details of a text, as plain terms: words written with a capital away from a
 * sentence start (names of people, organisations and places, month and day names) and words with a
 * digit (dates, figures, scores). Lower-cased, inner punctuation dropped ("Champs-Elysees" gives
 * "champselysees", "U.S." gives "us").
 *
 * <p>Design decision: a spelling rule, not the entity tagger, so that it runs on any text (ECB+
 * comes as tokens, claims as sentences) in microseconds; a capital at a sentence start says
 * nothing and is skipped. Callers that have tagged entities and places can pass those instead:
 * {@link DetailSplit} only needs terms.
 */
public final class DetailTerms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'.’][\\p{L}\\p{N}]+)*");

    private DetailTerms() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int end = 0;
        boolean sentenceStart = true;
        while (m.find()) {
            if (end > 0) {
                sentenceStart = endsSentence(text, end, m.start());
            }
            end = m.end();
            String w = m.group();
            boolean capital = Character.isUpperCase(w.codePointAt(0));
            boolean digit = w.chars().anyMatch(Character::isDigit);
            if ((capital && !sentenceStart) || digit) {
                String term = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
                if (term.length() > 1) {
                    out.add(term);
                }
            }
        }
        return out;
    }

    /** Whether the characters between two words close a sentence (or a line, as a headline does not). */
    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
