package org.echotrace.clean;

import org.echotrace.model.SegmentKind;

/**
 * The headline: the first open line before the article's first paragraph, preferring one of three or
 * more words (a one- or two-word line up there is more often a site name or section). Pages that
 * print the headline twice get both lines labelled title.
 *
 * <p>A line other articles of the corpus also print is taken only when nothing else is there: it
 * is a slogan more often than a headline, but a headline that other pages link to is a template too.
 *
 * <p>When nothing precedes the first paragraph, a short unfinished first line that reads as prose
 * ("Is the US helping ISIS?") is taken as the headline, as long as more prose follows it.
 */
final class Headline implements LineRule {
    private static final int MAX_WORDS = 25;
    private final LineProfile corpus;

    Headline(LineProfile corpus) {
        this.corpus = corpus;
    }

    @Override
    public void label(Labelling article) {
        int title = find(article);
        if (title < 0) {
            return;
        }
        long key = article.line(title).key;
        for (int i = 0; i < article.size(); i++) {
            if (article.isOpen(i) && article.line(i).key == key) {
                article.set(i, SegmentKind.TITLE);
            }
        }
    }

    private int find(Labelling article) {
        int first = article.firstAnchor();
        int end = first < 0 ? article.size() : first;
        int fallback = -1;
        for (int i = 0; i < end; i++) {
            Line l = article.line(i);
            if (!article.isOpen(i) || l.words > MAX_WORDS || l.hasDomain) {
                continue;
            }
            if (l.words >= 3 && !isTemplate(l)) {
                return i;
            }
            if (fallback < 0 || l.words >= 3 && article.line(fallback).words < 3) {
                fallback = i;
            }
        }
        if (fallback >= 0) {
            return fallback;
        }
        if (first >= 0 && first < article.lastAnchor()) {
            Line l = article.line(first);
            if (l.words <= 20 && !l.text.endsWith(".")) {
                return first;
            }
        }
        return -1;
    }

    /** A line other articles print too: more likely a slogan than this article's headline. */
    private boolean isTemplate(Line l) {
        return corpus.articleCounts().getOrDefault(l.key, 0) >= 2;
    }
}
