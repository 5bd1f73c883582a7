package org.echotrace.extract.technique;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;

/**
 * Features of a fragment for the technique classifier: its words, stems, word pairs, triples and tags, its
 * first and last word, its length and the share of its sentence it covers, the word either side,
 * lexicon families inside and beside, punctuation and quotes, and the evidence of repetition: how often
 * (and whether earlier) the fragment recurs in the article, how often its words' stems do, and how many
 * of the article's other fragments read the same.
 *
 * <p>Design decision: little sparse context. On 5-fold cross-validation of the training split the bag
 * of the sentence's other words cost 1.7 points of accuracy, three words either side 0.8 more against
 * one: with 6,000 examples, context words mostly memorise articles. The same words as a dense bag
 * ({@link #CONTEXT}, read through their frozen vectors only) help instead.
 */
final class SpanFeatures {
    private static final int CONTEXT_TOKENS = 1;
    private static final int CONTEXT_WORDS = 30;
    /** Prefix of the features naming the fragment's (lower-cased) words: the bag the word table reads. */
    static final String WORD = "u=";
    /** Prefix of the (lower-cased) words around the fragment, seen by the classifier only through their vectors. */
    static final String CONTEXT = "cw=";

    private SpanFeatures() {
    }

    /**
     * Features of {@code span}; {@code others} are the article's fragments (gold ones in training and
     * technique classification, the tagger's at inference), {@code span} may be among them.
     */
    static String[] of(String text, TextSpan span, List<Sentence> sentences, ArticleWords words, List<TextSpan> others) {
        List<Token> inside = new ArrayList<>();
        List<Token> around = new ArrayList<>();
        int sentenceTokens = 0;
        boolean first = false;
        for (Sentence s : sentences) {
            if (s.span().end() <= span.start() || s.span().start() >= span.end()) {
                continue;
            }
            first |= s.index() == 0;
            sentenceTokens += s.tokens().size();
            for (Token t : s.tokens()) {
                (t.span().overlaps(span) ? inside : around).add(t);
            }
        }
        Set<String> f = new TreeSet<>();
        f.add("b");
        String[] lower = inside.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        for (int i = 0; i < lower.length; i++) {
            f.add(WORD + lower[i]);
            if (lower[i].length() > 5) {
                f.add("stem=" + lower[i].substring(0, 5));
            }
            f.add("p=" + inside.get(i).pos());
            Lexicons.families(lower[i]).forEach(fam -> f.add("L=" + fam));
            if (i > 0) {
                f.add("bg=" + lower[i - 1] + "_" + lower[i]);
                f.add("pb=" + inside.get(i - 1).pos() + "_" + inside.get(i).pos());
            }
            if (i > 1) {
                // Word triples and pairs one word apart: +0.4 points once the context bag was in.
                f.add("tg=" + lower[i - 2] + "_" + lower[i - 1] + "_" + lower[i]);
                f.add("sk=" + lower[i - 2] + "__" + lower[i]);
            }
        }
        if (lower.length > 0) {
            f.add("first=" + lower[0]);
            f.add("last=" + lower[lower.length - 1]);
            f.add("fp=" + inside.get(0).pos());
            f.add("lp=" + inside.get(inside.size() - 1).pos());
            if (lower.length <= 5) {
                f.add("whole=" + String.join("_", lower));
            }
            String last = lower[lower.length - 1];
            if (last.length() > 3) {
                f.add("suf=" + last.substring(last.length() - 3));
            }
        }
        int n = lower.length;
        String len = n <= 1 ? "1" : n == 2 ? "2" : n == 3 ? "3" : n <= 5 ? "4-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "21+";
        f.add("len=" + len);
        if (n > 0) {
            f.add("lenfp=" + len + "_" + inside.get(0).pos());
            f.add("lenlp=" + len + "_" + inside.get(n - 1).pos());
        }
        double share = sentenceTokens == 0 ? 0 : (double) n / sentenceTokens;
        f.add("share=" + (share < 0.25 ? "q1" : share < 0.5 ? "q2" : share < 0.9 ? "q3" : "all"));
        context(f, around, span);
        String phrase = words.phrase(span);
        int rep = words.occurrences(phrase, 6);
        f.add("rep=" + (rep >= 5 ? "5+" : rep >= 3 ? "3+" : rep == 2 ? "2" : "1"));
        if (n <= 3 && rep >= 2) {
            f.add("shortrep");
        }
        if (rep >= 2) {
            f.add(words.firstOccurrence(phrase) < span.start() ? "rep-seen-before" : "rep-first");
        }
        stems(f, lower, words);
        int same = 0;
        for (TextSpan o : others) {
            if (!o.equals(span) && words.phrase(o).equals(phrase)) {
                same++;
            }
        }
        f.add("same=" + Math.min(same, 3));
        int maxWord = 0;
        for (String w : lower) {
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                maxWord = Math.max(maxWord, words.count(w));
            }
        }
        f.add("wrep=" + (maxWord >= 6 ? "6+" : maxWord >= 3 ? "3+" : maxWord == 2 ? "2" : "1"));
        String raw = text.substring(span.start(), span.end());
        if (raw.contains("!")) {
            f.add("!");
        }
        if (raw.contains("?")) {
            f.add("?");
        }
        if (raw.contains("#")) {
            f.add("#");
        }
        if (raw.chars().anyMatch(Character::isDigit)) {
            f.add("num");
        }
        if (!raw.isEmpty() && Character.isUpperCase(raw.charAt(0))) {
            f.add("cap");
        }
        long upper = raw.chars().filter(Character::isUpperCase).count();
        long letters = raw.chars().filter(Character::isLetter).count();
        if (letters > 3 && upper * 2 > letters) {
            f.add("shout");
        }
        char before = span.start() > 0 ? text.charAt(span.start() - 1) : ' ';
        char after = span.end() < text.length() ? text.charAt(span.end()) : ' ';
        if (isQuoteChar(before) || isQuoteChar(after) || (!raw.isEmpty() && isQuoteChar(raw.charAt(0)))) {
            f.add("quoted");
        }
        if (after == '!' || after == '?') {
            f.add("after" + after);
        }
        if (first) {
            f.add("title");
        }
        return f.toArray(String[]::new);
    }

    /**
     * How often the fragment's most repeated content stem occurs in the article, and what share of its
     * content stems occur at least twice: repetition that changes the word's form.
     */
    private static void stems(Set<String> f, String[] lower, ArticleWords words) {
        Set<String> seen = new TreeSet<>();
        int max = 0;
        int repeated = 0;
        for (String w : lower) {
            if (ArticleWords.isContent(w) && seen.add(ArticleWords.stem(w))) {
                int c = words.stemCount(w);
                max = Math.max(max, c);
                repeated += c >= 2 ? 1 : 0;
            }
        }
        f.add("smax=" + (max >= 6 ? "6+" : max >= 3 ? "3+" : max == 2 ? "2" : "1"));
        if (!seen.isEmpty()) {
            double share = (double) repeated / seen.size();
            f.add("sshare=" + (share == 0 ? "0" : share < 0.5 ? "lo" : share < 1 ? "hi" : "all"));
        }
    }

    private static void context(Set<String> f, List<Token> around, TextSpan span) {
        List<Token> left = new ArrayList<>();
        List<Token> right = new ArrayList<>();
        for (Token t : around) {
            (t.end() <= span.start() ? left : right).add(t);
        }
        // The words around the fragment, up to CONTEXT_WORDS each side in its sentence, reach the
        // classifier only through their mean vector (a dense bag generalises where sparse context words
        // memorised articles): +0.3 points of technique classification in cross-validation.
        for (int d = 1; d <= CONTEXT_WORDS; d++) {
            if (left.size() >= d) {
                f.add(CONTEXT + left.get(left.size() - d).text().toLowerCase(Locale.ROOT));
            }
            if (right.size() >= d) {
                f.add(CONTEXT + right.get(d - 1).text().toLowerCase(Locale.ROOT));
            }
        }
        for (int d = 1; d <= CONTEXT_TOKENS; d++) {
            if (left.size() >= d) {
                String w = left.get(left.size() - d).text().toLowerCase(Locale.ROOT);
                f.add("l" + d + "=" + w);
                Lexicons.families(w).forEach(fam -> f.add("cL=" + fam));
            }
            if (right.size() >= d) {
                String w = right.get(d - 1).text().toLowerCase(Locale.ROOT);
                f.add("r" + d + "=" + w);
                Lexicons.families(w).forEach(fam -> f.add("cL=" + fam));
            }
        }
        if (around.stream().anyMatch(t -> t.text().equals("?"))) {
            f.add("sentence?");
        }
    }

    private static boolean isQuoteChar(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' || c == '\u2018' || c == '\u2019';
    }
}
