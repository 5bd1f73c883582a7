package org.echotrace.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.pipeline.Stage;

/**
 * Fills an article's metadata from the lines the cleaner labelled: the title from the first title
 * line, the author from a byline's "by Name", the publication date (and, when it names one, the
 * outlet) from a dateline.
 *
 * <p>Design decision: only labelled lines are read, so a date or a "by" inside the body never
 * becomes metadata. Found values replace the article's; absent ones leave what it already had.
 */
public final class MetadataExtractor implements Stage<CleanArticle, CleanArticle> {
    /** "by Jane Doe", "BY JANE DOE": up to four capitalised words after "by". */
    private static final Pattern BY_NAME = Pattern.compile(
            "(?i:\\bby)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})");
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "^(?i:author)\\s*:\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})");

    @Override
    public CleanArticle apply(CleanArticle in) {
        String text = in.raw().text();
        Optional<String> title = Optional.empty();
        Optional<String> author = Optional.empty();
        Optional<PublishedDate> published = Optional.empty();
        Optional<String> outlet = Optional.empty();
        for (Segment s : in.segments()) {
            String line = s.textOf(text);
            if (s.kind() == SegmentKind.TITLE && title.isEmpty()) {
                title = Optional.of(line);
            } else if (s.kind() == SegmentKind.BYLINE && author.isEmpty()) {
                author = author(line);
            } else if (s.kind() == SegmentKind.DATELINE && published.isEmpty()) {
                Optional<DatelineParser.Parsed> date = DatelineParser.parse(line);
                if (date.isPresent()) {
                    String iso = date.get().iso();
                    published = Optional.of(new PublishedDate(iso, PublishedDate.precisionOf(iso), "dateline",
                            s.start(), s.end()));
                    outlet = DatelineParser.outletAfter(line, date.get());
                }
            }
        }
        ArticleMetadata old = in.metadata();
        ArticleMetadata metadata = old.withTitle(title.or(old::title)).withPublished(published.or(old::published))
                .withOutlet(outlet.or(old::outlet)).withAuthor(author.or(old::author));
        return new CleanArticle(in.raw(), in.segments(), metadata);
    }

    static Optional<String> author(String byline) {
        Matcher m = BY_NAME.matcher(byline);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        m = AUTHOR_LABEL.matcher(byline);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
