package org.echotrace.clean;

import org.echotrace.model.SegmentKind;

/**
 * Lines the corpus shows in two or more articles are the site's template (a slogan, a prompt, a
 * banner) and are set apart, whatever outlet they come from.
 *
 * <p>Design decision: two exceptions keep content. A plain prose sentence stays open, since the same
 * sentence in two articles is a quote or a re-publication, not furniture. And a short line whose
 * nearest prose is itself shared (a headline or subheading of a re-published article) stays open:
 * a template sits next to each article's own text, a re-published heading next to re-published text.
 */
final class CorpusTemplates implements LineRule {
    private final LineProfile corpus;

    CorpusTemplates(LineProfile corpus) {
        this.corpus = corpus;
    }

    @Override
    public void label(Labelling article) {
        if (corpus.articles() < 2) {
            return;
        }
        int n = article.size();
        boolean[] shared = new boolean[n];
        for (int i = 0; i < n; i++) {
            shared[i] = article.isOpen(i) && corpus.articleCounts().getOrDefault(article.line(i).key, 0) >= 2;
        }
        // The nearest open prose line before and after each line, found in two passes.
        int[] proseBefore = new int[n];
        int[] proseAfter = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            proseBefore[i] = last;
            if (article.isOpen(i) && article.line(i).isProse()) {
                last = i;
            }
        }
        last = -1;
        for (int i = n - 1; i >= 0; i--) {
            proseAfter[i] = last;
            if (article.isOpen(i) && article.line(i).isProse()) {
                last = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!shared[i] || article.line(i).isProse()) {
                continue;
            }
            boolean republished = proseAfter[i] >= 0 && shared[proseAfter[i]]
                    || proseBefore[i] >= 0 && shared[proseBefore[i]];
            if (!republished) {
                article.set(i, SegmentKind.SITE_BANNER);
            }
        }
    }
}
