package org.echotrace.clean.html;

import org.echotrace.clean.LineProfile;
import org.echotrace.model.SegmentKind;
import org.jsoup.nodes.Element;

/**
 * Short lines after the last prose of the main text are prompts when something interactive sits in
 * their box (a rating, share or print button, a newsletter or comment form) or when the corpus shows
 * the line on another page: "Was this article useful?", "Share this article", "Print recipe". An
 * article's own closing lines (a sign-off, a source, a last list item) have neither.
 *
 * <p>Design decision: position, length, neighbouring controls and recurrence decide, not wording, so
 * the rule holds in any language. The box looked at is the block's own element and its ancestors up
 * to, not including, the one that also holds the last prose block: a control in the article's box
 * says nothing about its closing line.
 */
final class ClosingPrompts implements BlockRule {
    /** Longest prompt, in words; a longer line is a sentence of the article. */
    private static final int MAX_WORDS = 12;
    private static final int MAX_CLIMB = 4;
    private static final String CONTROLS = "form, button, input, select, textarea, [role=button], [onclick]";
    private final LineProfile corpus;

    ClosingPrompts(LineProfile corpus) {
        this.corpus = corpus;
    }

    @Override
    public void label(PageBlocks page) {
        Block lastProse = null;
        for (Block b : page.blocks) {
            if (b.isOpen() && page.inside(b) && b.headingLevel() == 0 && b.isProse()) {
                lastProse = b;
            }
        }
        if (lastProse == null) {
            return;
        }
        for (int i = lastProse.index + 1; i < page.blocks.size(); i++) {
            Block b = page.blocks.get(i);
            if (!b.isOpen() || !page.inside(b) || b.isProse() || b.words() > MAX_WORDS) {
                continue;
            }
            if (corpus.articlesWith(b.text) >= 2 || nearControl(b.owner, lastProse.owner)) {
                page.set(b, SegmentKind.SITE_BANNER);   // template text, as SiteTemplates labels it
            }
        }
    }

    private static boolean nearControl(Element owner, Element prose) {
        Element e = owner;
        for (int i = 0; i < MAX_CLIMB && e != null && !holds(e, prose); i++, e = e.parent()) {
            if (e.selectFirst(CONTROLS) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Element box, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == box) {
                return true;
            }
        }
        return false;
    }
}
