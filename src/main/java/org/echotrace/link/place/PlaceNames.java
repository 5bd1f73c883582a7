package org.echotrace.link.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Folds a place name to the keys the gazetteers are indexed by. The exact key lower-cases, strips
 * diacritics and punctuation and drops a leading Arabic article ("al-Tanf", "At Tanf" and "Tanf" all
 * give {@code tanf}); the skeleton key keeps only the consonants that transliterations agree on, so
 * "al-Qaryatayn" and "Al-Karatein" ({@code krtn}), "Deir ez-Zor" and "Dayr az Zawr" ({@code drzr}) meet.
 *
 * <p>Design decision: one class computes the keys at build time (for the compiled GeoNames file)
 * and at run time (for the text), so the two can never drift apart.
 */
final class PlaceNames {
    /** Arabic article as transliterations write it, assimilated or not. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "as", "ash", "ad", "adh", "ar", "at", "ath",
            "az", "an", "es", "ed", "et", "ez", "er", "en");

    private PlaceNames() {
    }

    /**
     * The exact key, or an empty string when the name has no Latin letters. A word's final h after
     * a vowel goes too: the ta marbuta is written "Sukhnah" and "Sukhna", "Raqqah" and "Raqqa".
     */
    static String key(String name) {
        String folded = fold(name);
        if (folded.isEmpty()) {
            return "";
        }
        int space = folded.indexOf(' ');
        if (space > 0 && ARTICLES.contains(folded.substring(0, space))) {
            folded = folded.substring(space + 1);
        }
        return softEnds(folded);
    }

    private static String softEnds(String s) {
        StringBuilder out = null;
        for (int i = s.length() - 1; i >= 2; i--) {
            boolean wordEnd = i == s.length() - 1 || s.charAt(i + 1) == ' ';
            if (wordEnd && s.charAt(i) == 'h' && "aeiou".indexOf(s.charAt(i - 1)) >= 0) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.deleteCharAt(i);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * The consonant skeleton of an exact key: q and k merge, digraphs kh/gh/sh/th/dh lose their h,
     * vowels, y, w and h go, doubled letters collapse, and articles inside the name ("ez" of "Deir
     * ez-Zor") are kept only as their consonant.
     */
    static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        char last = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'q') {
                c = 'k';
            } else if (c == 'c') {
                c = 'k';
            }
            if ("aeiouyhw ".indexOf(c) >= 0 || c == '-') {
                continue;
            }
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }

    /**
     * Lower-cased, diacritics stripped, every run of non-letters a single space. Empty when a letter
     * outside the Latin script occurs (such names are never written in our English texts).
     */
    static String fold(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BF' || c == '\u02BE') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return "";
                }
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(latin(c));
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String latin(char c) {
        return switch (c) {
            case 'ı' -> "i";
            case 'ø', 'Ø' -> "o";
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'đ', 'Đ' -> "d";
            case 'ł', 'Ł' -> "l";
            case 'þ' -> "th";
            default -> String.valueOf(c);
        };
    }
}
