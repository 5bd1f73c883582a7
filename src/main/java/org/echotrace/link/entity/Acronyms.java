package org.echotrace.link.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms defined in a text by their expansion, in either order: "Syrian Democratic Forces (SDF)"
 * and "SDF (Syrian Democratic Forces)"; and whether an acronym abbreviates a name at all.
 */
final class Acronyms {
    /**
     * The rest of a name's word: at most 40 characters, never given back (what follows it, a space or a
     * parenthesis, is never in the class, so giving back could not help). Design decision: bounded, so
     * a scraped blob of letters (an inlined base64 image, 200,000 characters with no space) costs a few
     * steps a letter: unbounded, the pattern read it from each of its letters to its end, and one such
     * article held the entity stage for five minutes.
     */
    private static final String WORD_REST = "[\\p{L}'’.-]{0,40}+";
    private static final Pattern LONG_THEN_SHORT = Pattern.compile(
            "((?:\\p{Lu}" + WORD_REST + "\\s+(?:(?:of|for|the|and|on|al|in)\\s+)*){1,8}\\p{Lu}" + WORD_REST
                    + ")\\s*\\((\\p{Lu}[\\p{Lu}\\p{Ll}.&-]{1,9})\\)");
    private static final Pattern SHORT_THEN_LONG = Pattern.compile(
            "\\b(\\p{Lu}[\\p{Lu}.&-]{1,9})\\s*\\(((?:\\p{Lu}" + WORD_REST + "\\s+(?:(?:of|for|the|and|on|al|in)\\s+)*){1,8}\\p{Lu}"
                    + WORD_REST + ")\\)");
    private static final Set<String> MINOR = Set.of("of", "for", "the", "and", "on", "al", "in", "de", "du", "el");

    private Acronyms() {
    }

    /** Acronym (as written) to its expansion, for every definition in the text. */
    static Map<String, String> definedIn(String text) {
        Map<String, String> out = new HashMap<>();
        collect(LONG_THEN_SHORT.matcher(text), 1, 2, out);
        collect(SHORT_THEN_LONG.matcher(text), 2, 1, out);
        return out;
    }

    private static void collect(Matcher m, int longGroup, int shortGroup, Map<String, String> out) {
        while (m.find()) {
            String longForm = m.group(longGroup);
            String shortForm = m.group(shortGroup);
            String fitted = fitted(longForm, shortForm);
            if (fitted != null) {
                out.putIfAbsent(shortForm, fitted);
            }
        }
    }

    /**
     * The shortest tail of the long form whose words' initials spell the acronym (minor words may
     * be skipped, and a word may give two letters: "MoD" is "Ministry of Defence"), or null.
     */
    static String fitted(String longForm, String acronym) {
        String[] words = longForm.trim().split("\\s+");
        for (int from = words.length - 1; from >= 0; from--) {
            List<String> tail = new ArrayList<>(List.of(words).subList(from, words.length));
            if (spells(tail, acronym)) {
                return String.join(" ", tail);
            }
        }
        return null;
    }

    /** Whether the acronym abbreviates the name ("SDF" and "Syrian Democratic Forces"). */
    static boolean abbreviates(String acronym, String name) {
        return spells(List.of(name.trim().split("[\\s-]+")), acronym);
    }

    private static boolean spells(List<String> words, String acronym) {
        String letters = acronym.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2 || words.isEmpty() || MINOR.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return match(words, 0, letters, 0);
    }

    private static boolean match(List<String> words, int w, String letters, int l) {
        if (l == letters.length()) {
            return w == words.size() || words.subList(w, words.size()).stream()
                    .allMatch(x -> MINOR.contains(x.toLowerCase(Locale.ROOT)));
        }
        if (w == words.size()) {
            return false;
        }
        String word = words.get(w).toLowerCase(Locale.ROOT);
        if (MINOR.contains(word) && match(words, w + 1, letters, l)) {
            return true;
        }
        if (word.isEmpty() || word.charAt(0) != letters.charAt(l)) {
            return false;
        }
        return match(words, w + 1, letters, l + 1)
                || l + 1 < letters.length() && word.length() > 1 && word.indexOf(letters.charAt(l + 1), 1) > 0
                && match(words, w + 1, letters, l + 2);
    }
}
