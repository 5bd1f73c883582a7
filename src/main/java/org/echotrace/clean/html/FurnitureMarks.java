package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;

/**
 * Blocks inside an element whose tag, role or class marks furniture (navigation, share bar,
 * comments, related links, caption, byline...) take that element's kind.
 *
 * <p>Design decision: inside the main text only marks below the main root count, and a mark on an
 * element that holds most of the main text is ignored: templates wrap whole articles in boxes named
 * {@code post-meta} or {@code has-comments}, and such a name says nothing about the paragraphs.
 */
final class FurnitureMarks implements BlockRule {
    @Override
    public void label(PageBlocks page) {
        int mainChars = 0;
        for (var r : page.roots) {
            mainChars += page.textChars(r);
        }
        for (Block b : page.blocks) {
            if (!b.isOpen()) {
                continue;
            }
            boolean in = page.inside(b);
            for (BlockFlattener.Hint h : b.hints) {
                if (in) {
                    if (!page.inside(h.element()) || page.isRoot(h.element())) {
                        break;   // marks above the main root say nothing about its parts
                    }
                    if (page.textChars(h.element()) * 2 > mainChars) {
                        continue;
                    }
                }
                page.set(b, kindFor(h.kind(), b));
                break;
            }
        }
    }

    /** Comment marks cover the comment list: short name lines are authors, the rest comments. */
    private static SegmentKind kindFor(SegmentKind mark, Block b) {
        if (mark == SegmentKind.COMMENT && b.words() <= 4 && b.linkDensity() < 1) {
            return b.words() <= 1 ? SegmentKind.COMMENT_WIDGET : SegmentKind.COMMENT_AUTHOR;
        }
        return mark;
    }
}
