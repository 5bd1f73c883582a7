package org.echotrace.clean;

import org.echotrace.model.SegmentKind;

/**
 * Reader comments. Once a comment control ("Notify of", "View all comments") is met after some
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
            if (isControl(l)) {
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
