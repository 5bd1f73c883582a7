package org.echotrace.clean;

import org.echotrace.model.SegmentKind;

/**
 * Lines made of numbers only: share and view counters ("3 1,204"), and with a currency sign,
 * donation widgets ("1,000 $"). No article sentence is digits alone, so this is safe on any outlet.
 * A counter with its noun ("2,785 shares", "Views: 78 · Shares: 5", "12 comments") is a counter too.
 */
final class NumericWidgets implements LineRule {
    @Override
    public void label(Labelling article) {
        for (int i = 0; i < article.size(); i++) {
            Line l = article.line(i);
            if (l.text.length() > 80) {
                continue;
            }
            SegmentKind kind = kindOf(l);
            if (kind != null) {
                article.offer(i, kind);
            }
        }
    }

    private static SegmentKind kindOf(Line l) {
        boolean digit = false;
        boolean currency = false;
        boolean letters = false;
        for (int i = 0; i < l.text.length(); i++) {
            char c = l.text.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                currency = true;
            } else if (Character.isLetter(c)) {
                letters = true;
            }
        }
        if (!digit) {
            return null;
        }
        if (!letters) {
            return currency ? SegmentKind.DONATION : SegmentKind.SHARE_COUNTER;
        }
        return counterWithNoun(l);
    }

    /** "2,785 shares", "Views: 78", "1.2K", "12 comments": numbers plus counter nouns only. */
    private static SegmentKind counterWithNoun(Line l) {
        SegmentKind kind = null;
        for (String w : l.norm.trim().split(" ")) {
            if (isNumber(w)) {
                continue;
            }
            switch (w) {
                case "share", "shares", "view", "views", "like", "likes", "reads", "k", "m" ->
                        kind = kind == null ? SegmentKind.SHARE_COUNTER : kind;
                case "comment", "comments", "replies", "responses" -> kind = SegmentKind.COMMENT_WIDGET;
                default -> {
                    return null;
                }
            }
        }
        return kind;
    }

    /** "2785" or "1.2K" as normalised: digits become 0 and punctuation a space, so "000" or "0k". */
    private static boolean isNumber(String w) {
        int n = w.length();
        if (n == 0) {
            return false;
        }
        int digitsEnd = w.endsWith("k") || w.endsWith("m") ? n - 1 : n;
        if (digitsEnd == 0) {
            return false;
        }
        for (int i = 0; i < digitsEnd; i++) {
            if (w.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
