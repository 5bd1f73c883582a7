package org.echotrace.link.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a sentence as place names need them: each with its offsets, whether it starts with a
 * capital, and how it is joined to the word before (a space, a hyphen, an apostrophe, or not at all).
 *
 * <p>Design decision: these are our own words, not the tagger's tokens. OpenNLP splits "al-Tanf"
 * as {@code al}, {@code -Tanf} and "al-Kum" as {@code al-}, {@code Kum}, and tags "Homs" a noun
 * half the time; a name matcher needs the hyphen kept as a join instead.
 */
final class NameWords {
    /** An abbreviation with dots ("U.S.", "U.K.") or a run of letters and digits. */
    private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+");
    static final Set<String> ARTICLES = Set.of("al", "el", "as", "ash", "ad", "adh", "ar", "at", "ath", "az", "an",
            "es", "ed", "et", "ez", "er", "en");

    /** How a word is joined to the one before it. */
    enum Join { NONE, SPACE, HYPHEN, APOSTROPHE }

    record Word(int start, int end, String text, Join join) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        boolean article() {
            return ARTICLES.contains(text);
        }

        String lower() {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private NameWords() {
    }

    /** The words of {@code text[from, to)}, offsets into {@code text}. */
    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        int lastEnd = -1;
        while (m.find()) {
            Join join = Join.NONE;
            if (lastEnd >= 0) {
                join = joinOf(text, lastEnd, m.start());
            }
            String w = m.group();
            if (join == Join.APOSTROPHE && w.equals("s")) {
                // "Syria's": a possessive ends the name.
                lastEnd = -1;
                continue;
            }
            out.add(new Word(m.start(), m.end(), w, join));
            lastEnd = m.end();
        }
        return out;
    }

    private static Join joinOf(String text, int from, int to) {
        int len = to - from;
        if (len == 1) {
            char c = text.charAt(from);
            if (c == ' ') {
                return Join.SPACE;
            }
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                return Join.HYPHEN;
            }
            if (c == '\'' || c == '\u2019' || c == '\u02BC') {
                return Join.APOSTROPHE;
            }
        }
        return Join.NONE;
    }
}
