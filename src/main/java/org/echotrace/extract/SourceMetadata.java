package org.echotrace.extract;

import org.echotrace.extract.html.DateFinding;
import org.echotrace.extract.html.HtmlMetadataExtractor;
import org.echotrace.extract.html.PageMetadata;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.Origin;
import org.echotrace.model.PublishedDate;
import org.echotrace.pipeline.Stage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Merges what an article's container says about it (the fields of a JSONL record, the page's own
 * meta tags and JSON-LD for HTML) with what its labelled lines said (set by
 * {@link MetadataExtractor}, which runs first).
 *
 * <p>Design decision: explicit structured metadata wins over text. A crawler's record field or a
 * page's {@code datePublished} is a statement about the article; a dateline found in text is an
 * inference. The text fills what the container leaves empty.
 */
public final class SourceMetadata implements Stage<CleanArticle, CleanArticle> {
    static final List<String> DATE_FIELDS = List.of("published", "date", "published_at", "publish_date",
            "datePublished", "pubdate");
    private static final List<String> OUTLET_FIELDS = List.of("outlet", "site", "site_name", "source", "domain");
    private final HtmlMetadataExtractor html = new HtmlMetadataExtractor();
    private final DateOrders dateOrders;

    /** With no file's date order known: an ambiguous slashed date is read only as the text reads it. */
    public SourceMetadata() {
        this(DateOrders.NONE);
    }

    /** With the orders the run's first pass learnt from each file's records. */
    public SourceMetadata(DateOrders dateOrders) {
        this.dateOrders = dateOrders;
    }

    @Override
    public CleanArticle apply(CleanArticle in) {
        Origin o = in.raw().origin();
        ArticleMetadata m = in.metadata();
        Map<String, String> f = o.fields();
        Optional<PageMetadata> page = o.markup().map(markup -> html.extract(markup, o.url(), notAfter(o)));

        Optional<String> title = field(f, List.of("title", "headline"))
                .or(() -> page.flatMap(PageMetadata::title)).or(m::title);
        Optional<PublishedDate> published = fieldDate(f, dateOrders.of(in.raw().source()), m.published())
                .or(() -> page.flatMap(PageMetadata::published).map(SourceMetadata::fromPage)).or(m::published);
        Optional<String> author = field(f, List.of("author", "authors", "byline"))
                .or(() -> page.flatMap(PageMetadata::author)).or(m::author);
        Optional<String> outlet = field(f, OUTLET_FIELDS)
                .or(() -> page.flatMap(PageMetadata::siteName)).or(m::outlet);
        Optional<String> language = field(f, List.of("language", "lang"))
                .or(() -> page.flatMap(PageMetadata::language)).or(m::language);
        ArticleMetadata merged = m.withTitle(title).withPublished(published).withAuthor(author).withOutlet(outlet)
                .withLanguage(language.map(SourceMetadata::primaryLanguage));
        return new CleanArticle(in.raw(), in.segments(), merged);
    }

    /** A page cannot be published after it was captured; without a capture date, after today. */
    private static LocalDate notAfter(Origin o) {
        return o.captured().flatMap(SourceMetadata::isoDate).orElse(LocalDate.now(ZoneOffset.UTC));
    }

    private static Optional<String> field(Map<String, String> fields, List<String> names) {
        for (String n : names) {
            String v = fields.get(n);
            if (v != null && !v.isBlank() && v.length() < 300) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The record's date field: ISO-8601, a year and month, a date written out ("5 April 2017",
     * "Wed, 05 Apr 2017 10:00:00 GMT"), or a slashed one ("4/16/2017", "2017/04/16"). A slashed date
     * whose day and month could each be the other ("4/5/2017") is read as the other records of its
     * file write theirs ({@code fileOrder}), else as the text's own date reads it ({@code textDate}:
     * "Wed 05 Apr 2017" at the top of the body says April 5); a wrong date is worse than none.
     */
    private static Optional<PublishedDate> fieldDate(Map<String, String> fields, Optional<RecordDates.Order> fileOrder,
                                                     Optional<PublishedDate> textDate) {
        for (String n : DATE_FIELDS) {
            String v = fields.get(n);
            if (v == null) {
                continue;
            }
            Optional<String> iso = isoDate(v).map(LocalDate::toString);
            if (iso.isEmpty() && v.strip().matches("\\d{4}-\\d{2}")) {
                iso = Optional.of(v.strip());
            }
            if (iso.isEmpty()) {
                iso = RecordDates.written(v).or(() -> RecordDates.slashed(v, fileOrder, textDate.map(PublishedDate::iso)));
            }
            if (iso.isPresent()) {
                return Optional.of(new PublishedDate(iso.get(), PublishedDate.precisionOf(iso.get()),
                        "record field " + n, -1, -1));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> isoDate(String v) {
        String s = v.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private static PublishedDate fromPage(DateFinding d) {
        // Page evidence lies in the markup, not in the visible text.
        return new PublishedDate(d.iso(), d.precision().name().toLowerCase(Locale.ROOT), d.evidence(), -1, -1,
                d.markupStart(), d.markupEnd());
    }

    /** "en-US" and "en_GB" are English: the store keeps ISO 639-1 codes. */
    private static String primaryLanguage(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        return cut > 0 ? t.substring(0, cut) : t;
    }
}
