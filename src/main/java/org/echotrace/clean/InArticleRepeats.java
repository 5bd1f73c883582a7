package org.echotrace.clean;

import java.util.HashMap;
import java.util.Map;
import org.echotrace.model.SegmentKind;

/**
 * A short, unfinished line printed twice in one article is page furniture (a banner above and below
 * the text), even on an outlet the corpus has seen only once. Finished sentences are left alone: an
 * article may repeat its own words.
 */
final class InArticleRepeats implements LineRule {
    @Override
    public void label(Labelling article) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Line l : article.lines) {
            counts.merge(l.key, 1, Integer::sum);
        }
        for (int i = 0; i < article.size(); i++) {
            Line l = article.line(i);
            if (article.isOpen(i) && !l.endsSentence && !l.isProse() && counts.get(l.key) >= 2) {
                article.set(i, SegmentKind.SITE_BANNER);
            }
        }
    }
}
