package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;

/**
 * Inside the main text, a block that is mostly link text is a pointer elsewhere ("read also",
 * tag lists, pagination), not prose; a long paragraph with a few links in it stays text.
 */
final class LinkLists implements BlockRule {
    @Override
    public void label(PageBlocks page) {
        for (Block b : page.blocks) {
            if (b.isOpen() && b.linkDensity() > 0.5 && !(b.words() > 20 && b.linkDensity() < 0.8)) {
                page.set(b, SegmentKind.RELATED);
            }
        }
    }
}
