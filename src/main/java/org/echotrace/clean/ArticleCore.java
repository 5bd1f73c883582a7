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
    /** A short post (a social media message, a wire flash): this many non-blank lines at most. */
    static final int SHORT_POST_LINES = 3;
    static final int SHORT_POST_WORDS = 4;

    @Override
    public void label(Labelling article) {
        int first = article.firstAnchor();
        int last;
        if (first >= 0) {
            last = extendOverClosingSentences(article, setApartProseAfterTheEnd(article, first));
        } else {
            first = shortPost(article);
            if (first < 0) {
                throw new Rejected("no prose: none of the " + article.size()
                        + " non-blank lines reads as a sentence (8+ words, mostly lower-case, finished),"
                        + " and it is no short post (" + SHORT_POST_LINES + " lines at most, one of "
                        + SHORT_POST_WORDS + "+ words in running text)");
            }
            last = first;
        }
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

    /**
     * A record this short is a post, not a page that lost its article: its longest open line of running
     * text ("An explosion was reported near the city market.", "The ministry said the camp
     * was empty.") is its body, or, where that line was read as a headline, a finished sentence among
     * them. -1 when it has none or is longer. A page of furniture has more lines.
     */
    private static int shortPost(Labelling article) {
        if (article.size() > SHORT_POST_LINES) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < article.size(); i++) {
            Line l = article.line(i);
            if (article.isOpen(i) && l.words >= SHORT_POST_WORDS && l.lowerShare() >= 0.35 && !l.hasDomain
                    && (best < 0 || l.words > article.line(best).words)) {
                best = i;
            }
        }
        if (best < 0) {
            // A one-line post reads as a headline; a finished sentence is no headline: it is the post.
            for (int i = 0; i < article.size(); i++) {
                Line l = article.line(i);
                if (article.kind(i) == SegmentKind.TITLE && l.endsSentence && l.words >= SHORT_POST_WORDS
                        && l.lowerShare() >= 0.35 && !l.hasDomain) {
                    article.set(i, SegmentKind.BODY);
                    return i;
                }
            }
        }
        return best;
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
