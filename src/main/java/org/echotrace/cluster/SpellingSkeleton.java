package org.echotrace.cluster;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A spelling-independent form of a word: the consonant skeleton after folding the letters that
 * transliterations of Arabic and Russian names swap. "al-Qaryatayn" and "Al-Karatein" both become
 * "krtn", "At Tanf" and "al-Tanf" both "tnf", "Defence" and "Defense" both "dfns".
 *
 * <p>Design decision: a rule of a few lines rather than a transliteration table. Transliteration
 * schemes disagree mostly on vowels (a/e/i/y/ou), on doubled letters and on q/k, c/s/z, dh/d,
 * kh/h, soft c/s; dropping vowels and folding those pairs makes the variants of one name meet without knowing
 * which language it came from. The Arabic article (al-, el-, and its assimilated forms at-, ad-,
 * as-, ar-, an-) is dropped when it is written as a prefix or as a separate word before a name.
 */
final class SpellingSkeleton {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARTICLE = Pattern.compile("^(?:al|el|ul|at|ad|as|ash|ar|an|az|adh)[-'’]");

    private SpellingSkeleton() {
    }

    /** The skeleton of one word (letters and digits), or "" when nothing is left. */
    static String of(String word) {
        String w = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        w = ARTICLE.matcher(w).replaceFirst("");
        w = w.replaceAll("c(?=[eiy])", "s").replace("kh", "h").replace("dh", "d").replace("th", "t").replace("gh", "g").replace("ph", "f")
                .replace("sh", "s").replace("ch", "s");
        StringBuilder out = new StringBuilder(w.length());
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = fold(w.charAt(i));
            if (c == 0 || c == last) {
                continue;
            }
            out.append(c);
            last = c;
        }
        return out.toString();
    }

    /** True for the separate-word form of the Arabic article ("At Tanf", "al Tanf"). */
    static boolean isArticle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("al") || w.equals("el") || w.equals("at") || w.equals("ad") || w.equals("as")
                || w.equals("ar") || w.equals("an") || w.equals("az");
    }

    private static char fold(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> 0;
            case 'q', 'c' -> 'k';
            case 'z' -> 's';
            default -> Character.isLetterOrDigit(c) ? c : 0;
        };
    }
}
