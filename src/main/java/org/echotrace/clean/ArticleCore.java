package org.echotrace.clean;

import org.echotrace.model.SegmentKind;
import org.echotrace.pipeline.Rejected;

/**
 * The article itself: the lines from its first to its last paragraph of prose are body, with short
 * unfinished lines between paragraphs as subheadings. What is left before the first paragraph is a
 * standfirst (a sentence under the headline) or navigation; what is left after the last is the
 * site's own notices.
 *
 * <p>Design decision: web-address lines ("now hosted at example.press") never anchor the article,
 * so a site notice after the text cannot stretch the body over itself; the price is that a closing
 * paragraph made of a link notice is set apart too.
 */
final class ArticleCore implements LineRule {
    private static final int SUBHEADING_MAX_WORDS = 10;

    @Override
    public void label(Labelling article) {
        int first = article.firstAnchor();
        if (first < 0) {
            throw new Rejected("no prose: none of the " + article.size()
                    + " non-blank lines reads as a sentence (8+ words, mostly lower-case, finished)");
        }
        int last = extendOverClosingSentences(article, setApartProseAfterTheEnd(article, first));
        int title = -1;
        for (int i = 0; i < first; i++) {
            if (article.kind(i) == SegmentKind.TITLE) {
                title = i;
            }
        }
        for (int i = 0; i < article.size(); i++) {
            if (!article.isOpen(i)) {
                continue;
            }
            Line l = article.line(i);
            if (i < first) {
                article.set(i, title >= 0 && i > title && l.isSentenceLike() && !l.hasDomain
                        ? SegmentKind.STANDFIRST : SegmentKind.NAVIGATION);
            } else if (i <= last) {
                article.set(i, isSubheading(l) ? SegmentKind.SUBHEADING : SegmentKind.BODY);
            } else {
                article.set(i, l.hasDomain || l.words <= 12 ? SegmentKind.SITE_BANNER : SegmentKind.FOOTER);
            }
        }
    }

    /**
     * Prose after the article has visibly ended is the site's, not the article's: a commenting-rules
     * or republishing note printed below "Source: ..." and a banner. The article ends where a source
     * credit, or two or more end-of-page widgets, stand between two paragraphs; an ad or a single
     * prompt inserted mid-text does not end it. Returns the last anchor left.
     */
    private static int setApartProseAfterTheEnd(Labelling article, int first) {
        int last = article.lastAnchor();
        while (last > first) {
            int weight = 0;
            int prev = last - 1;
            for (; prev > first && !article.isAnchor(prev); prev--) {
                if (article.isOpen(prev)) {
                    return last;
                }
                weight += endWeight(article.kind(prev));
            }
            if (weight < 2) {
                return last;
            }
            article.set(last, SegmentKind.FOOTER);
            last = prev;
        }
        return last;
    }

    private static int endWeight(SegmentKind kind) {
        return switch (kind) {
            case SOURCE_CREDIT -> 2;
            case SUPPORT_BANNER, NEWSLETTER, SITE_BANNER, DONATION, RELATED, COMMENT_WIDGET, FOOTER -> 1;
            default -> 0;
        };
    }

    /** Short finished sentences right after the last long paragraph ("Nobody knows why.") still belong to it. */
    private static int extendOverClosingSentences(Labelling article, int last) {
        int i = last + 1;
        while (i < article.size() && article.isOpen(i)) {
            Line l = article.line(i);
            if (!l.endsSentence || l.words < 3 || l.lowerShare() < 0.5 || l.hasDomain) {
                break;
            }
            last = i++;
        }
        return last;
    }

    private static boolean isSubheading(Line l) {
        return l.words <= SUBHEADING_MAX_WORDS && !l.endsSentence && !l.text.endsWith(":")
                && !l.text.endsWith(",");
    }
}
