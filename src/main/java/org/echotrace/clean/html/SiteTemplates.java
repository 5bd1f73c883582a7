package org.echotrace.clean.html;

import org.echotrace.clean.LineProfile;
import org.echotrace.model.SegmentKind;

/**
 * A short line the corpus shows on two or more pages is template text (a prompt, a label, a
 * banner), set apart whatever site it comes from; prose and headings of the main text stay open,
 * since shared prose is a quote or a re-publication, not a template.
 */
final class SiteTemplates implements BlockRule {
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
            if (b.isOpen() && !b.isProse() && !(page.inside(b) && b.headingLevel() > 0)
                    && corpus.articlesWith(b.text) >= 2) {
                page.set(b, SegmentKind.SITE_BANNER);
            }
        }
    }
}
