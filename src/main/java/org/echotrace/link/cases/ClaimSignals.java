package org.echotrace.link.cases;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a claim names something a fact-check would name too: its numbers (digits with
 * separators dropped, so "1,000" meets "1000"), its capitalised words (names, places, parties)
 * and the words of its hashtags and @handles, each as {@link WordOverlap} stems; and its content
 * words. A case is then scored by the share of each set it contains ({@link #sharedWith}).
 *
 * <p>Design decision: shares of the claim's sets, not of the case's: {@link WordOverlap} already
 * asks how much of a case's title a claim repeats; these ask the converse, how much of what the
 * claim names the case mentions, which separates two cases about one topic by the one detail (a
 * number, a name) a tweet gives. Capitalisation is the only name test, since a tweet's tagger
 * output would cost more than the ranking it serves.
 */
record ClaimSignals(Set<String> numbers, Set<String> names, Set<String> tags, Set<String> words) {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}#@])\\p{Lu}[\\p{L}'\u2019]+");
    private static final Pattern TAG = Pattern.compile("[#@](\\w+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})|_");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*", Pattern.CASE_INSENSITIVE);
    /** Number of features {@link #sharedWith} returns. */
    static final int SIZE = 4;

    /** The signals of a raw claim (a tweet with its hashtags, handles and links as written). */
    static ClaimSignals of(String raw) {
        String text = URL.matcher(raw).replaceAll(" ");
        Set<String> numbers = new HashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            numbers.add(digits(n.group()));
        }
        Set<String> names = new HashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            names.addAll(WordOverlap.of(m.group()).words());
        }
        Set<String> tags = new HashSet<>();
        Matcher t = TAG.matcher(text);
        while (t.find()) {
            tags.addAll(WordOverlap.of(CAMEL.matcher(t.group(1)).replaceAll(" ")).words());
        }
        return new ClaimSignals(Set.copyOf(numbers), Set.copyOf(names), Set.copyOf(tags),
                WordOverlap.of(ClaimText.normalise(raw)).words());
    }

    /** The numbers of a case's text, in the form {@link #of} gives a claim's. */
    static Set<String> numbersOf(String text) {
        Set<String> out = new HashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            out.add(digits(n.group()));
        }
        return Set.copyOf(out);
    }

    /**
     * Shares of this claim's numbers, names, tag words and content words found in a case (0 for an
     * empty set).
     *
     * @param caseWords   the content-word stems of the case's title and summary
     * @param caseNumbers the numbers of the case's title and summary ({@link #numbersOf})
     */
    double[] sharedWith(Set<String> caseWords, Set<String> caseNumbers) {
        return new double[] {share(numbers, caseNumbers), share(names, caseWords), share(tags, caseWords),
                share(words, caseWords)};
    }

    private static double share(Set<String> of, Set<String> in) {
        return WordOverlap.covered(of, in);
    }

    private static String digits(String number) {
        String d = number.replace(",", "");
        int dot = d.indexOf('.');
        if (dot >= 0 && d.substring(dot + 1).chars().allMatch(c -> c == '0' || c == '.')) {
            d = d.substring(0, dot);
        }
        return d.toLowerCase(Locale.ROOT);
    }
}
