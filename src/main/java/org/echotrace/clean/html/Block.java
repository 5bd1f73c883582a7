package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;
import org.jsoup.nodes.Element;

/**
 * One block of visible text (a paragraph, heading, list item, cell, caption...) with what the rules
 * need to know about it: where it is in the DOM and in the source, and how much of it is link text.
 */
final class Block {
    final String text;
    /** Offsets in the HTML source of the first and past the last text node of the block. */
    final int markupStart;
    final int markupEnd;
    /** Characters of the block's text that sit inside links. */
    final int linkChars;
    /** The nearest block-level element holding the text. */
    final Element owner;
    /** Position in the page, for "before" and "after" the main text. */
    final int index;
    /** Enclosing furniture marks, innermost first. */
    final java.util.List<BlockFlattener.Hint> hints;
    SegmentKind kind;

    Block(String text, int markupStart, int markupEnd, int linkChars, Element owner, int index,
          java.util.List<BlockFlattener.Hint> hints) {
        this.hints = hints;
        this.text = text;
        this.markupStart = markupStart;
        this.markupEnd = markupEnd;
        this.linkChars = linkChars;
        this.owner = owner;
        this.index = index;
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean isOpen() {
        return kind == null;
    }

    /** Heading level 1-6 of the owner, 0 when the block is not a heading. */
    int headingLevel() {
        String n = owner.normalName();
        if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') {
            return n.charAt(1) - '0';
        }
        return 0;
    }

    /** Words, counted as runs of letters or digits, whatever the script. */
    int words() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** A sentence-like block: several words ending with sentence punctuation, in any Latin or other script. */
    boolean isProse() {
        if (words() < 8) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?…:;\"'»«“”)。".indexOf(last) >= 0 || words() >= 20;
    }

    @Override
    public String toString() {
        return (kind == null ? "?" : kind.label()) + " " + owner.normalName() + " '"
                + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }
}
