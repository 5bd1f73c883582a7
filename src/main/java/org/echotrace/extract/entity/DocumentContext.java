package org.echotrace.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a document says about its words elsewhere: whether a word is written capitalised in the
 * middle of a sentence somewhere, or in lower case somewhere. An all-capitals headline
 * ("RUSSIA ACCUSES U.S. OF BACKING ISIS") is read through the casing of the same words in the body.
 */
final class DocumentContext {
    static final DocumentContext EMPTY = new DocumentContext(List.of());

    private final Set<String> capitalisedMidSentence = new HashSet<>();
    private final Set<String> lowerCase = new HashSet<>();

    /** From the words of every sentence of the document. */
    DocumentContext(List<List<String>> sentences) {
        for (List<String> words : sentences) {
            if (mostlyUpperCase(words)) {
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                String lower = w.toLowerCase(Locale.ROOT);
                if (Character.isUpperCase(w.charAt(0)) && i > 0) {
                    capitalisedMidSentence.add(lower);
                } else if (w.equals(lower)) {
                    lowerCase.add(lower);
                }
            }
        }
    }

    /** A feature value for the word: "cap", "low", "both" or "none". */
    String casing(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean cap = capitalisedMidSentence.contains(lower);
        boolean low = lowerCase.contains(lower);
        return cap ? (low ? "both" : "cap") : (low ? "low" : "none");
    }

    static boolean mostlyUpperCase(List<String> words) {
        int letters = 0;
        int upper = 0;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        return letters >= 8 && upper * 10 >= letters * 8;
    }
}
