package org.echotrace.link.cases;

import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words, word pairs and years of a text, for overlap features: how much of a case's
 * wording a claim repeats. BM25 rewards rare words wherever they occur; a claim that quotes a case
 * repeats its words in order, which the pairs see.
 */
record WordOverlap(Set<String> words, Set<String> pairs, Set<String> years) {
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    static WordOverlap of(String text) {
        Set<String> words = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        Set<String> years = new HashSet<>();
        String previous = null;
        for (String raw : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.length() == 4 && YEAR.matcher(raw).matches()) {
                years.add(raw);
            }
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(raw) || raw.length() < 2) {
                continue;
            }
            String w = stem(raw);
            words.add(w);
            if (previous != null) {
                pairs.add(previous + " " + w);
            }
            previous = w;
        }
        return new WordOverlap(words, pairs, years);
    }

    /** Share of this (a case's) content words that the claim has too. */
    double wordsCoveredBy(WordOverlap claim) {
        return covered(words, claim.words);
    }

    double pairsCoveredBy(WordOverlap claim) {
        return covered(pairs, claim.pairs);
    }

    boolean sharesYear(WordOverlap claim) {
        for (String y : years) {
            if (claim.years.contains(y)) {
                return true;
            }
        }
        return false;
    }

    /** The share of {@code of} found in {@code by}; 0 for an empty {@code of}. */
    static double covered(Set<String> of, Set<String> by) {
        if (of.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String s : of) {
            if (by.contains(s)) {
                n++;
            }
        }
        return (double) n / of.size();
    }

    /** Plural and possessive endings only: enough to match "votes" with "vote" without a stemmer's cost. */
    private static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
