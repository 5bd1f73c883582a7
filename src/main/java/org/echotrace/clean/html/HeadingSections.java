package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;

/**
 * A subheading is part of the article only when text of the article follows it: a heading over a
 * list of related links, a comment section or a footer box ("Related", "Mehr zum Thema") takes the
 * kind of what it heads. Runs last, over the labels of all other rules.
 */
final class HeadingSections implements BlockRule {
    @Override
    public void label(PageBlocks page) {
        int n = page.blocks.size();
        for (int i = n - 1; i >= 0; i--) {
            Block b = page.blocks.get(i);
            if (b.kind != SegmentKind.SUBHEADING) {
                continue;
            }
            SegmentKind next = null;
            for (int j = i + 1; j < n; j++) {
                SegmentKind k = page.blocks.get(j).kind;
                if (k != SegmentKind.SUBHEADING) {
                    next = k;
                    break;
                }
            }
            if (next == null || !next.inBody()) {
                page.relabel(b, next == null ? SegmentKind.FOOTER : next);
            }
        }
    }
}
