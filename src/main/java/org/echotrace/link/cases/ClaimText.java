package org.echotrace.link.cases;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim or tweet made fit for matching: links dropped, a tweet's trailing signature
 * ("— Name (@handle) January 14, 2020") cut to the name and year, hashtags and handles split into
 * their words ({@code #AustralianFires} becomes "Australian Fires").
 *
 * <p>Design decision: the author's name and the year stay, since fact-checks are often about what
 * a named person tweeted in a given year ("In 2013, Donald Trump tweeted ..."); the handle, the
 * month and the day are noise to both BM25 and the embedding. URLs carry no words (shorteners).
 */
final class ClaimText {
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\s[\\u2014\\u2013-]{1,2}\\s([^\\u2014\\u2013]{0,80})\\(@\\w+\\)\\s*\\w+\\s\\d{1,2},\\s(\\d{4})\\s*\"?\\s*$");
    private static final Pattern TAG = Pattern.compile("[#@](\\w+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ClaimText() {
    }

    /** The name in a tweet's trailing signature, if it has one. */
    static Optional<String> author(String text) {
        Matcher m = SIGNATURE.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    /**
     * The sentences of a normalised claim when it has two or more of at least three words each (a
     * tweet that comments, then states), else none: a fact-check may verify only one of them.
     */
    static List<String> sentences(String normalised) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(normalised);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = normalised.substring(start, end).strip();
            if (SPACES.split(s).length >= 3) {
                out.add(s);
            }
        }
        return out.size() >= 2 ? List.copyOf(out) : List.of();
    }

    static String normalise(String text) {
        String t = SIGNATURE.matcher(text).replaceAll(" $1 $2");
        t = URL.matcher(t).replaceAll(" ");
        Matcher m = TAG.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = CAMEL.matcher(m.group(1)).replaceAll(" ").replace('_', ' ');
            m.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        m.appendTail(out);
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
