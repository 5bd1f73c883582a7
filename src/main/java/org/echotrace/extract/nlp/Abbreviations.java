package org.echotrace.extract.nlp;

import java.util.Set;

/**
 * Words whose full stop does not end a sentence. OpenNLP's UD-EWT sentence model carries no
 * abbreviation list, and news text is full of ranks and titles before names ("Maj. Gen. Igor
 * Konashenkov", "Lt. Col.", "Dr."), which it splits on.
 */
final class Abbreviations {
    private static final Set<String> WORDS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "rev", "hon", "gov", "sen", "rep", "pres",
            "gen", "maj", "col", "lt", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "lieut", "cmdt",
            "no", "nos", "vs", "etc", "approx", "dept", "est", "fig", "inc", "ltd", "co", "corp", "bros",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m");

    private Abbreviations() {
    }

    /**
     * Whether a sentence ending in {@code text} ends on an abbreviation: a listed word or a single
     * capital letter (an initial) followed by its full stop.
     */
    static boolean endsWithAbbreviation(String text) {
        if (!text.endsWith(".")) {
            return false;
        }
        int end = text.length() - 1;
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        String word = text.substring(start, end);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
