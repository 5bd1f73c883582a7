package org.echotrace.clean;

import org.echotrace.model.SegmentKind;

/**
 * Reader comments. Once a comment control ("Notify of new replies", "Show all comments") is met after some
 * article prose, what follows is the comment section: short name-like lines are commenters and the
 * text after them their comments, however article-like that text reads.
 *
 * <p>Design decision: comments are found by position, not by their wording, because a reader's
 * comment is written prose too; only the widget that opens the section tells them apart.
 */
final class CommentSection implements LineRule {
    @Override
    public void label(Labelling article) {
        int start = sectionStart(article);
        if (start < 0) {
            return;
        }
        for (int i = start + 1; i < article.size(); i++) {
            if (!article.isOpen(i)) {
                continue;
            }
            Line l = article.line(i);
            if (isNameWithTime(l)) {
                article.set(i, SegmentKind.COMMENT_AUTHOR);
            } else if (isControl(l)) {
                article.set(i, SegmentKind.COMMENT_WIDGET);
            } else if (isName(l)) {
                article.set(i, SegmentKind.COMMENT_AUTHOR);
            } else {
                article.set(i, SegmentKind.COMMENT);
            }
        }
    }

    /** The first comment control that comes after at least one line of article prose, or -1. */
    private static int sectionStart(Labelling article) {
        boolean prose = false;
        for (int i = 0; i < article.size(); i++) {
            if (article.isAnchor(i)) {
                prose = true;
            } else if (prose && article.kind(i) == SegmentKind.COMMENT_WIDGET) {
                return i;
            }
        }
        return -1;
    }

    /** "3 days ago", "Reply to Jane": the per-comment controls. */
    private static boolean isControl(Line l) {
        return l.words <= 5 && (l.has("ago") || l.startsWith("reply to") || l.startsWith("in reply to"));
    }

    /**
     * "Jane D. · 3 hours ago", "jdoe says: May 5, 2020 at 9:14 pm": a name, a separator, then when
     * it was written. The name part must pass {@link #isNameText}, so "3 days ago" alone is a control.
     */
    static boolean isNameWithTime(Line l) {
        if (l.words > 12 || !(l.has("ago") || l.has("says") || l.has("wrote") || l.lower.contains(" at "))) {
            return false;
        }
        int cut = l.text.length();
        for (String sep : SEPARATORS) {
            int at = l.text.indexOf(sep);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return cut < l.text.length() && isNameText(l.text.substring(0, cut).strip());
    }

    private static final String[] SEPARATORS = {"·", "|", " – ", " — ", " - ", ",", " says", " wrote", " on "};

    /** One to four words, each capitalised (or a single handle), initials allowed ("M. Halloran"). */
    static boolean isNameText(String s) {
        if (s.isEmpty() || s.length() > 40) {
            return false;
        }
        String[] tokens = s.split(" ");
        if (tokens.length > 4) {
            return false;
        }
        if (tokens.length == 1) {
            return Character.isLetterOrDigit(s.codePointAt(0)) || s.charAt(0) == '@';
        }
        for (String t : tokens) {
            if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A commenter's name or handle: a few capitalised words, or one bare token, never a sentence. */
    static boolean isName(Line l) {
        if (l.words == 0 || l.words > 4 || l.text.length() > 40 || l.endsSentence) {
            return false;
        }
        for (int i = 0; i < l.text.length(); i++) {
            if (":;,\"“”".indexOf(l.text.charAt(i)) >= 0) {
                return false;
            }
        }
        if (l.words == 1) {
            return true;
        }
        return l.lowerWords == 0;
    }
}
