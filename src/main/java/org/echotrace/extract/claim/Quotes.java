package org.echotrace.extract.claim;

import org.echotrace.model.Segment;
import org.echotrace.model.SpanIndex;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations of an article's body: curly or straight double quotes (also written as two
 * apostrophes) and guillemets, each part a span
 * including its marks. A quote left open at the end of a paragraph continues in the next paragraph
 * when that one opens with a quote mark (the newspaper convention for multi-paragraph quotes), so one
 * {@link Quote} may have several parts.
 *
 * <p>Design decision: single quotes are not quotations here. In the news we read they are scare
 * quotes (‘coincidences’) or quotes inside quotes, and apostrophes make them ambiguous.
 */
final class Quotes {
    /**
     * One quotation, in text order; {@code parts} are per paragraph, {@code words} counted once when
     * found (a short quote is a phrase, "a US military mission", not speech).
     */
    record Quote(List<TextSpan> parts, int words) {
        static Quote of(List<TextSpan> parts, String text) {
            int n = 0;
            for (TextSpan p : parts) {
                n += p.textOf(text).trim().split("\\s+").length;
            }
            return new Quote(List.copyOf(parts), n);
        }

        TextSpan extent() {
            return parts.get(0).union(parts.get(parts.size() - 1));
        }

        boolean contains(int offset) {
            for (TextSpan p : parts) {
                if (p.start() <= offset && offset < p.end()) {
                    return true;
                }
            }
            return false;
        }
    }

    private Quotes() {
    }

    /** Every part of every quotation, indexed: whether an offset is quoted is one binary search. */
    static SpanIndex parts(List<Quote> quotes) {
        return SpanIndex.owned(quotes.stream().map(Quote::parts).toList());
    }

    static List<Quote> find(String text, List<Segment> body) {
        List<Quote> out = new ArrayList<>();
        List<TextSpan> open = null;
        for (Segment seg : body) {
            int from = seg.start();
            int to = seg.end();
            int i = from;
            int first = firstNonSpace(text, i, to);
            boolean opensWithMark = i < to && (isOpening(text.charAt(first)) || text.charAt(first) == '"'
                    || isDoubledApostrophe(text, first, to));
            if (open != null && !opensWithMark) {
                out.add(Quote.of(open, text));
                open = null;
            }
            int start = -1;
            if (open != null) {
                start = first;
                i = start + (isDoubledApostrophe(text, start, to) ? 2 : 1);
            }
            int depth = 0;
            for (; i < to; i++) {
                char c = text.charAt(i);
                boolean doubled = isDoubledApostrophe(text, i, to);
                if (start < 0) {
                    if (isOpening(c) || (c == '"' || doubled) && opensHere(text, i, from)
                            || c == '”' && closingTurnedOpening(text, i, from, to)) {
                        start = i;
                        i += doubled ? 1 : 0;
                    }
                } else if (isOpening(c) && nestedInside(text, i, to)) {
                    depth++;
                } else if (depth > 0 && isClosing(c)) {
                    depth--;
                } else if (isClosing(c) || c == '"' || doubled) {
                    int end = i + (doubled ? 2 : 1);
                    List<TextSpan> parts = open != null ? open : new ArrayList<>();
                    parts.add(new TextSpan(start, end));
                    out.add(Quote.of(parts, text));
                    open = null;
                    start = -1;
                    i = end - 1;
                }
            }
            if (start >= 0) {
                if (open == null) {
                    open = new ArrayList<>();
                }
                open.add(new TextSpan(start, lastNonSpace(text, from, to) + 1));
            }
        }
        if (open != null) {
            out.add(Quote.of(open, text));
        }
        return out;
    }

    /**
     * A closing mark typed where a quotation opens (”Fear. I am truly afraid ...” ― a reader): at the
     * paragraph's start, or after a space and before a word, with a closing mark later in the paragraph.
     */
    private static boolean closingTurnedOpening(String text, int i, int paragraphStart, int to) {
        boolean atStart = firstNonSpace(text, paragraphStart, to) == i;
        boolean beforeWord = i > paragraphStart && Character.isWhitespace(text.charAt(i - 1)) && i + 1 < to
                && Character.isLetter(text.charAt(i + 1));
        return (atStart || beforeWord) && text.indexOf('”', i + 1) >= 0 && text.indexOf('”', i + 1) < to;
    }

    /**
     * An opening mark inside an open quotation opens a quote inside it (“... what he calls “hell” than
     * live ...”) when the paragraph after it holds more closing marks than opening ones, so the outer
     * quotation still closes; otherwise the writer left the first quotation unclosed and it ends at the
     * next closing mark, as before.
     */
    private static boolean nestedInside(String text, int i, int to) {
        int balance = 0;
        for (int j = i; j < to; j++) {
            char c = text.charAt(j);
            if (isOpening(c)) {
                balance++;
            } else if (isClosing(c)) {
                balance--;
            }
        }
        return balance < 0;
    }

    private static boolean isOpening(char c) {
        return c == '“' || c == '«' || c == '„';
    }

    /** Two apostrophes, the double quote of some newspapers' plain-text feeds (''We won,'' she said). */
    private static boolean isDoubledApostrophe(String text, int i, int to) {
        return i + 1 < to && text.charAt(i) == '\'' && text.charAt(i + 1) == '\'';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '»';
    }

    /** A straight quote opens after a space, an opening bracket, a dash, a colon or the paragraph start. */
    private static boolean opensHere(String text, int i, int paragraphStart) {
        if (i == paragraphStart) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—' || before == ':';
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to - 1 && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(String text, int from, int to) {
        int i = to - 1;
        while (i > from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
