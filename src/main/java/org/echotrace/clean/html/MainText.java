package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;

/** What is left inside the main text is the article: headings are subheadings, the rest body. */
final class MainText implements BlockRule {
    @Override
    public void label(PageBlocks page) {
        for (Block b : page.blocks) {
            if (b.isOpen()) {
                page.set(b, b.headingLevel() > 0 ? SegmentKind.SUBHEADING : SegmentKind.BODY);
            }
        }
    }
}
