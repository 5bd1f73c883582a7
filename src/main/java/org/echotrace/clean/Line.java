package org.echotrace.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One non-blank line of an article with the structural facts the rules look at, computed once.
 *
 * <p>Design decision: every fact is found in one left-to-right pass, and the text-heavy forms
 * ({@link #lower}, {@link #words}) are only made for lines short enough to be widgets or banners;
 * a 100k-character line then costs a scan, never a regex or a copy per rule.
 */
final class Line {
    /** Longer lines are never boilerplate widgets; they skip the vocabulary. */
    static final int SHORT_CHARS = 600;

    private static final Set<String> DOMAIN_ENDINGS = Set.of(
            "com", "org", "net", "press", "info", "news", "io", "co", "tv", "ru", "su", "ua", "uk", "de",
            "fr", "eu", "us", "me", "online", "site", "media", "today", "live", "world", "blog", "gov", "edu", "int");

    final int index;
    /** True when a blank line (or the start of the text) separates this line from the one before. */
    final boolean blankBefore;
    final int start;
    final int end;
    final String text;
    final long key;
    final int words;
    final int lowerWords;
    final int upperWords;
    final boolean endsSentence;
    final boolean hasDomain;
    /** Lower-cased text, or empty for long lines. */
    final String lower;
    /** Normalised words padded with spaces (" sign up here "), or empty for long lines. */
    final String norm;

    private Line(int index, boolean blankBefore, int start, int end, String text) {
        this.index = index;
        this.blankBefore = blankBefore;
        this.start = start;
        this.end = end;
        this.text = text;
        this.key = LineProfile.key(text);
        int w = 0;
        int lw = 0;
        int uw = 0;
        boolean inToken = false;
        boolean sawLetter = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                inToken = false;
                continue;
            }
            if (!inToken) {
                inToken = true;
                sawLetter = false;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                w++;
                counted = true;
            }
            if (!sawLetter && Character.isLetter(c)) {
                sawLetter = true;
                if (Character.isLowerCase(c)) {
                    lw++;
                } else {
                    uw++;
                }
            }
        }
        this.words = w;
        this.lowerWords = lw;
        this.upperWords = uw;
        this.endsSentence = endsSentence(text);
        this.hasDomain = hasDomain(text);
        boolean isShort = text.length() <= SHORT_CHARS;
        this.lower = isShort ? text.toLowerCase(Locale.ROOT) : "";
        this.norm = isShort ? " " + LineProfile.normalise(text) + " " : "";
    }

    /** Share of letter-initial words that start lower-case: prose is high, headlines and names low. */
    double lowerShare() {
        int letters = lowerWords + upperWords;
        return letters == 0 ? 0 : (double) lowerWords / letters;
    }

    /** A plain sentence of running text: long enough, mostly lower-case words, finished. */
    boolean isProse() {
        return words >= 8 && lowerShare() >= 0.35 && (endsSentence || words >= 25);
    }

    /** Reads like a sentence, if an unfinished or short one (a standfirst, a closing remark). */
    boolean isSentenceLike() {
        return words >= 6 && lowerShare() >= 0.4;
    }

    /** True when the normalised words contain the phrase as whole words ("sign up"). */
    boolean has(String phrase) {
        return norm.contains(" " + phrase + " ");
    }

    /** True when the normalised words begin with the phrase as whole words. */
    boolean startsWith(String phrase) {
        return norm.startsWith(" " + phrase + " ");
    }

    /** Splits on \n, \r\n or \r; blank lines are dropped, the rest trimmed, offsets kept. */
    static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        boolean blank = true;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r') {
                continue;
            }
            int s = lineStart;
            int e = i;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Line(out.size(), blank, s, e, text.substring(s, e)));
                blank = false;
            } else {
                blank = true;
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static boolean endsSentence(String t) {
        int i = t.length() - 1;
        while (i >= 0 && "\"”’'»)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(t.charAt(i)) >= 0;
    }

    /** A web address or bare domain ("x.press", "www.", "https://"), found without a regex. */
    private static boolean hasDomain(String t) {
        if (t.contains("://") || t.contains("www.")) {
            return true;
        }
        for (int dot = t.indexOf('.'); dot >= 0; dot = t.indexOf('.', dot + 1)) {
            int before = dot;
            while (before > 0 && isLabelChar(t.charAt(before - 1))) {
                before--;
            }
            int after = dot + 1;
            while (after < t.length() && Character.isLetter(t.charAt(after))) {
                after++;
            }
            if (dot - before >= 2 && after - dot > 2
                    && (after == t.length() || !Character.isLetterOrDigit(t.charAt(after)))
                    && DOMAIN_ENDINGS.contains(t.substring(dot + 1, after).toLowerCase(Locale.ROOT))
                    && Character.isLowerCase(t.charAt(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }
}
