package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;

/**
 * Blocks outside the main-text roots are page furniture. The page's first top-level heading before
 * the main text is its title; the rest is named by position and link density: link lists before the
 * article are navigation, after it related links; plain text before it is the site's banner, after it
 * the footer.
 */
final class OutsideMainText implements BlockRule {
    @Override
    public void label(PageBlocks page) {
        boolean titled = false;
        for (Block b : page.blocks) {
            if (b.headingLevel() == 1 && b.isOpen() && b.linkDensity() < 0.5) {
                if (!titled && (page.firstInside < 0 || b.index <= page.lastInside)) {
                    page.set(b, SegmentKind.TITLE);
                    titled = true;
                    continue;
                }
            }
            if (!b.isOpen() || page.inside(b)) {
                continue;
            }
            boolean before = page.firstInside < 0 || b.index < page.firstInside;
            boolean links = b.linkDensity() > 0.5;
            if (before) {
                page.set(b, links ? SegmentKind.NAVIGATION : SegmentKind.SITE_BANNER);
            } else {
                page.set(b, links ? SegmentKind.RELATED : SegmentKind.FOOTER);
            }
        }
    }
}
