package org.echotrace.link.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keys under which variant spellings of one name meet: case, diacritics, punctuation and the
 * Arabic article ignored ("al-Tanf", "At Tanf", "Al-Tanf" are all "tanf"; "Deir ez-Zor" and
 * "Deir Ezzor" are "deir sor"), letters that transliterations swap folded together (q/k/c, ou/u,
 * dh/z, ee/i, y/i, ph/f, z/s), doubled letters single, British and American spellings alike
 * ("defence"/"defense", "centre"/"center"), and "Ministry of Defence" read as "Defence Ministry".
 * The {@link #skeleton} drops the vowels as well, for names whose vowels transliterations disagree
 * on ("al-Qaryatayn", "Al-Karatein" are both "krtn").
 *
 * <p>Design decision: rules on letters, not a table of places, so a name never seen before meets
 * its variants too. The rules are lossy on purpose; the linker only trusts a shared skeleton when
 * the entity types agree and the names are long enough.
 */
public final class NameKey {
    /** The Arabic article in its transliterated forms, the sun letters' assimilations included. */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "il", "ad", "adh", "ar", "as", "ash", "at",
            "ath", "az", "ed", "er", "es", "esh", "et", "ez", "an", "en");
    private static final Set<String> SUN_LETTERS = Set.of("t", "d", "r", "z", "s", "n", "l");
    private static final Set<String> DROPPED = Set.of("the");
    private static final Set<String> HEADS = Set.of("ministry", "center", "department", "office", "council",
            "committee", "commission", "agency", "institute", "service", "command");
    private static final Map<String, String> POSSESSIVES = Map.of("russia", "russian", "syria", "syrian",
            "iran", "iranian", "turkey", "turkish", "israel", "israeli", "iraq", "iraqi", "britain", "british",
            "america", "american", "ukraine", "ukrainian", "china", "chinese");

    private NameKey() {
    }

    /** The words of a name, normalised, articles and "the" dropped, each folded. */
    static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’`‘ʼʻ]s\\b", " s").replaceAll("['’`‘ʼʻ]", "");
        List<String> raw = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                raw.add(w);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i);
            if (w.equals("s") && !out.isEmpty()) {
                String prev = out.remove(out.size() - 1);
                out.add(POSSESSIVES.getOrDefault(prev, prev));
                continue;
            }
            boolean more = i + 1 < raw.size();
            if (more && ARTICLES.contains(w) || DROPPED.contains(w)) {
                continue;
            }
            out.add(i > 0 ? assimilatedArticleDropped(w) : w);
        }
        return reordered(out).stream().map(NameKey::fold).toList();
    }

    /** "ezzor" is "ez-zor" written as one word: a vowel, a doubled sun letter, a vowel, more. */
    private static String assimilatedArticleDropped(String w) {
        if (w.length() >= 5 && (w.charAt(0) == 'a' || w.charAt(0) == 'e') && w.charAt(1) == w.charAt(2)
                && SUN_LETTERS.contains(String.valueOf(w.charAt(1))) && isVowel(w.charAt(3))) {
            return w.substring(2);
        }
        return w;
    }

    /** "russian ministry of defence" reads as "russian defence ministry". */
    private static List<String> reordered(List<String> w) {
        for (int i = 0; i + 2 < w.size(); i++) {
            String head = americanised(w.get(i));
            String link = w.get(i + 1);
            if (HEADS.contains(head) && (link.equals("of") || link.equals("for"))) {
                List<String> out = new ArrayList<>(w.subList(0, i));
                out.addAll(w.subList(i + 2, w.size()));
                out.add(w.get(i));
                return out;
            }
        }
        return w;
    }

    /** British spellings in their American form: "defence", "centre", "organisation", "labour". */
    private static String americanised(String w) {
        if (w.endsWith("ence") && w.length() > 5 && w.startsWith("def") || w.equals("offence") || w.equals("licence")) {
            return w.substring(0, w.length() - 3) + "nse";
        }
        if (w.endsWith("tre") && w.length() > 4) {
            return w.substring(0, w.length() - 2) + "er";
        }
        if (w.endsWith("our") && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "or";
        }
        return w.replace("isation", "ization").replace("ise", "ize");
    }

    /** Letters transliterations disagree on, folded; doubled letters single. */
    static String fold(String word) {
        String w = americanised(word);
        w = w.replace("ph", "f").replace("dh", "z").replace("ch", "sh").replace("ou", "u").replace("oo", "u")
                .replace("ee", "i").replace("ey", "i").replace("gh", "g").replace("dj", "j").replace("ck", "k")
                .replace('q', 'k').replace('y', 'i').replace('z', 's').replace('w', 'v');
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'c') {
                boolean soft = i + 1 < w.length() && "eiy".indexOf(w.charAt(i + 1)) >= 0;
                c = soft ? 's' : 'k';
            }
            if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The key: the folded words joined by single spaces. */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /** The key without vowels after each word's first letter. */
    public static String skeleton(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : words(name)) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (i == 0 || !isVowel(c)) {
                    if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
