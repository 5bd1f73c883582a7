package org.echotrace.clean;

import org.echotrace.model.SegmentKind;

/**
 * Lines printed in one block with a widget line, with no blank line between, belong to the widget:
 * the link titles under "Related Posts", the pitch sentence under "Join our mailing list".
 *
 * <p>Design decision: a block only grows over lines that could not be article text on their own
 * terms (a link title is not finished prose; a pitch names the email or updates it offers), because
 * some scrapes put no blank lines between paragraphs at all, and a block must not swallow the body.
 */
final class BlockContinuation implements LineRule {
    private static final int MAX_WORDS = 25;

    @Override
    public void label(Labelling article) {
        for (int i = 1; i < article.size(); i++) {
            Line l = article.line(i);
            if (l.blankBefore || !article.isOpen(i) || l.words > MAX_WORDS) {
                continue;
            }
            SegmentKind above = article.kind(i - 1);
            if (above == SegmentKind.RELATED && !l.isProse() && l.words <= 20) {
                article.set(i, SegmentKind.RELATED);
            } else if (above == SegmentKind.NEWSLETTER && BoilerplateVocabulary.namesAChannel(l)) {
                article.set(i, SegmentKind.NEWSLETTER);
            }
        }
    }
}
