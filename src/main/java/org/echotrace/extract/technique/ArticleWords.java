package org.echotrace.extract.technique;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echotrace.model.Sentence;
import org.echotrace.model.Token;

/**
 * How often each lower-cased word occurs in one article, and how often each whole sentence-internal
 * phrase is repeated: repetition is a technique, and only the article can tell it.
 */
final class ArticleWords {
    private final Map<String, Integer> counts = new HashMap<>();
    private final String lowerText;

    ArticleWords(String text, List<Sentence> sentences) {
        this.lowerText = text.toLowerCase(Locale.ROOT);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                counts.merge(t.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
    }

    int count(String lower) {
        return counts.getOrDefault(lower, 0);
    }

    /** Offset of a phrase's first occurrence in the lower-cased text, -1 when absent. */
    int firstOccurrence(String lowerPhrase) {
        return lowerText.indexOf(lowerPhrase);
    }

    /** Occurrences of a phrase in the article's lower-cased text, overlapping ones included, up to {@code cap}. */
    int occurrences(String lowerPhrase, int cap) {
        if (lowerPhrase.isBlank()) {
            return 0;
        }
        int n = 0;
        int at = lowerText.indexOf(lowerPhrase);
        while (at >= 0 && n < cap) {
            n++;
            at = lowerText.indexOf(lowerPhrase, at + 1);
        }
        return n;
    }
}
