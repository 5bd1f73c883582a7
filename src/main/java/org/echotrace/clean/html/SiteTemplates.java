package org.echotrace.clean.html;

import org.echotrace.clean.LineProfile;
import org.echotrace.model.SegmentKind;

/**
 * A short line the corpus shows on two or more pages is template text (a prompt, a label, a
 * banner), set apart whatever site it comes from; prose and headings of the main text stay open,
 * since shared prose is a quote or a re-publication, not a template.
 */
final class SiteTemplates implements BlockRule {
    /**
     * Inside the main text a line must recur on more pages: lists and short lines of articles
     * ("200 g sugar", "What happened?") recur by chance in a large corpus, a template recurs on every page.
     */
    private static final int INSIDE_MIN = 3;
    private final LineProfile corpus;

    SiteTemplates(LineProfile corpus) {
        this.corpus = corpus;
    }

    @Override
    public void label(PageBlocks page) {
        if (corpus.articles() < 2) {
            return;
        }
        for (Block b : page.blocks) {
            if (!b.isOpen() || b.isProse() || page.inside(b) && b.headingLevel() > 0) {
                continue;
            }
            int pages = corpus.articlesWith(b.text);
            if (pages >= (page.inside(b) ? INSIDE_MIN : 2)) {
                page.set(b, SegmentKind.SITE_BANNER);
            }
        }
    }
}
