package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;

/**
 * Blocks outside the main-text roots that no earlier rule claimed are page furniture, named by
 * position and link density: link lists before the article are navigation, after it related links;
 * plain text before it is the site's banner, after it the footer.
 */
final class OutsideMainText implements BlockRule {
    @Override
    public void label(PageBlocks page) {
        for (Block b : page.blocks) {
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
