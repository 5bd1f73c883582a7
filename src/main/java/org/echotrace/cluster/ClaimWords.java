package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a claim, as the duplicate finder and the key terms see them: lower-case runs of
 * letters and digits (a hyphen inside a word splits it, so "al-Tanf" gives "al" and "tanf").
 */
final class ClaimWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Function words that carry no narrative: they are left out of key terms and skeletons. */
    static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for",
            "from", "with", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "as", "which", "who", "whom", "what", "has", "have", "had", "not", "but", "also", "their", "they",
            "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "there", "here", "said", "says", "say",
            "will", "would", "can", "could", "may", "might", "should", "than", "then", "into", "over", "about",
            "all", "any", "some", "such", "one", "two", "so", "if", "no", "do", "does", "did", "up", "out", "more",
            "most", "other", "after", "before", "when", "where", "while", "very", "just", "only", "according");

    private ClaimWords() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Hashes of the word n-grams of a text (the whole text as one gram when it is shorter). */
    static long[] shingles(List<String> words, int n) {
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - n + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.size(), i + n); j++) {
                h = MinHash.mix(h ^ words.get(j).hashCode() * 0xC2B2AE3D27D4EB4FL);
            }
            out[i] = h;
        }
        return java.util.Arrays.stream(out).distinct().sorted().toArray();
    }

    /**
     * The spelling skeletons of the content words: transliteration and spelling variants of a
     * name meet here. Stop words, the separate Arabic article and one-letter skeletons are left out.
     */
    static Set<String> skeletons(List<String> words) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String w : words) {
            if (STOP.contains(w) || SpellingSkeleton.isArticle(w)) {
                continue;
            }
            String s = SpellingSkeleton.of(w);
            if (s.length() >= 2) {
                out.add(s);
            }
        }
        return out;
    }
}
