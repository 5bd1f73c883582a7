package org.echotrace.clean.html;

import org.echotrace.model.SegmentKind;
import org.jsoup.nodes.Element;

/**
 * Prose just outside the main-text root still belongs to the article when it shares the root's
 * parent or grandparent box: templates often put the lead, a first paragraph or a closing note in
 * a box of their own beside the paragraphs' box. Only sentence-like, nearly link-free blocks that no
 * furniture mark claimed are taken, so a neighbouring teaser list or sidebar stays out.
 */
final class NearbyProse implements BlockRule {
    /** How far above a block its shared box with the root is looked for. */
    private static final int MAX_CLIMB = 12;
    /** How far above the root that shared box may be. */
    private static final int ROOT_LEVELS = 2;

    @Override
    public void label(PageBlocks page) {
        if (page.roots.isEmpty()) {
            return;
        }
        Element[] boxes = new Element[ROOT_LEVELS];
        Element e = page.roots.get(0);
        for (int i = 0; i < ROOT_LEVELS && e != null; i++) {
            e = e.parent();
            if (e == null || e.normalName().equals("body") || e.normalName().equals("html")) {
                break;
            }
            boxes[i] = e;
        }
        for (Block b : page.blocks) {
            if (b.isOpen() && !page.inside(b) && b.headingLevel() == 0 && b.isProse() && b.linkDensity() < 0.25
                    && within(b.owner, boxes)) {
                page.set(b, SegmentKind.BODY);
            }
        }
    }

    private static boolean within(Element owner, Element[] boxes) {
        Element e = owner;
        for (int i = 0; i < MAX_CLIMB && e != null; i++) {
            for (Element box : boxes) {
                if (box != null && e == box) {
                    return true;
                }
            }
            e = e.parent();
        }
        return false;
    }
}
