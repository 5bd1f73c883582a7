package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;

/**
 * The page's first top-level heading, not later than the main text, is the title; prose between it
 * and the main text that no furniture mark claimed is the standfirst, the summary under a headline
 * that templates keep in a box of its own.
 */
final class TitleAndStandfirst implements BlockRule {
    @Override
    public void label(PageBlocks page) {
        Block title = null;
        for (Block b : page.blocks) {
            if (page.lastInside >= 0 && b.index > page.lastInside) {
                break;
            }
            if (b.isOpen() && b.headingLevel() == 1 && b.linkDensity() < 0.5) {
                title = b;
                break;
            }
        }
        if (title == null) {
            return;
        }
        page.set(title, SegmentKind.TITLE);
        for (int i = title.index + 1; i < page.firstInside && i < page.blocks.size(); i++) {
            Block b = page.blocks.get(i);
            if (b.isOpen() && b.headingLevel() == 0 && b.isProse() && b.linkDensity() < 0.25) {
                page.set(b, SegmentKind.STANDFIRST);
            }
        }
    }
}
