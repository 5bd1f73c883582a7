package org.echotrace.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.pipeline.Rejected;
import org.echotrace.pipeline.Stage;

/**
 * Labels every non-blank line of a flattened page with what it is, so that the body reads as the
 * article and nothing else while widgets, banners and comments are kept apart, not deleted.
 *
 * <p>Design decision: like boilerpipe's {@code ArticleExtractor}, the work is a fixed chain of small
 * rules listed in one place below, most specific first. Each rule only labels lines no earlier rule
 * has claimed, so a digits-only line is a counter before any later rule can call it a heading. The
 * rules look at structure, at a generic web vocabulary and at the corpus's {@link LineProfile}, never
 * at names of known outlets, so the cleaner works on sites it has not seen.
 */
public final class TextCleaner implements Stage<RawArticle, CleanArticle> {
    private final List<LineRule> rules;

    public TextCleaner(LineProfile corpus) {
        Objects.requireNonNull(corpus, "corpus");
        this.rules = List.of(
                new NumericWidgets(),           // "3 1,204", "1,000 $"
                new BoilerplateVocabulary(),    // ads, prompts, banners, captions, comment controls, footers
                new MetadataLines(),            // dateline, byline, "Source: ..."
                new BlockContinuation(),        // link lists and pitches printed under a widget line
                new CommentSection(),           // after the comment widget: authors and comments
                new Headline(corpus),           // the headline and its repeats
                new CorpusTemplates(corpus),    // lines the corpus repeats across articles
                new InArticleRepeats(),         // banners printed twice in one page
                new ArticleCore());             // standfirst, body, subheadings, trailing notices
    }

    @Override
    public CleanArticle apply(RawArticle raw) {
        List<Line> lines = Line.split(raw.text());
        if (lines.isEmpty()) {
            throw new Rejected("no text: the article has no non-blank line");
        }
        Labelling labelling = new Labelling(lines);
        for (LineRule rule : rules) {
            rule.label(labelling);
        }
        List<Segment> segments = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            segments.add(new Segment(labelling.kind(i), l.start, l.end));
        }
        return new CleanArticle(raw, segments, ArticleMetadata.EMPTY);
    }
}
