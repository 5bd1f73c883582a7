package org.echotrace.extract.html;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Dates the page states for machines: JSON-LD and meta tags. Publication fields first; the
 * modification fields only through {@link #findModified}, the last resort before no date at all.
 */
final class StructuredDates {
    /** Meta names, properties and itemprops that hold a publication date (after htmldate's list). */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "og:published_time", "article.published",
            "article_date_original", "article.created", "bt:pubdate", "citation_publication_date", "citation_date",
            "cxenseparse:recs:publishtime", "datepublished", "date_published", "dc.date.issued", "dcterms.issued",
            "dc.date.created", "dcterms.created", "dc.date.publication", "dc.date", "dcterms.date", "dc:date",
            "dc.created", "dc:created", "date", "datecreated", "dateposted", "displaydate", "doc_date", "pubdate",
            "pdate", "pd", "pub_date", "publish_date", "publish-date", "published-date", "publication_date",
            "publishdate", "parsely-pub-date", "sailthru.date", "rnews:datepublished", "mediator_published_time",
            "shareaholic:article_published_time", "twt-published-at", "vr:published_time", "originalpublicationdate",
            "search_date", "created", "timestamp");
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
            "last-modified", "lastmod", "modified", "article.updated");

    private static final Pattern SCRIPT_DATE = Pattern.compile("(?i)[\"'](?:date_?published|published_?at|publish_?date"
            + "|published_?date|first_?published(?:_?at)?|date_?created|created_?at|pub_?date)[\"']\\s*:\\s*[\"']"
            + "(\\d{4}-\\d{2}-\\d{2}[^\"']{0,30})");

    private StructuredDates() {
    }

    static Optional<DateFinding> findJsonLd(ParsedPage p) {
        for (String key : List.of("datePublished", "dateCreated")) {
            Optional<DateFinding> f = fromJsonLd(p, key);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    static Optional<DateFinding> findMeta(ParsedPage p) {
        return fromMeta(p, PUBLISHED_META);
    }

    static Optional<DateFinding> findModified(ParsedPage p) {
        return fromJsonLd(p, "dateModified").or(() -> fromMeta(p, MODIFIED_META));
    }

    private static Optional<DateFinding> fromJsonLd(ParsedPage p, String key) {
        return p.jsonLd.find(key).flatMap(v -> DatePatterns.parseValue(v.text(), p.monthFirst)
                .filter(d -> p.plausible(d.date()))
                .map(d -> finding(p, d, "json-ld " + key, v.text())));
    }

    private static Optional<DateFinding> fromMeta(ParsedPage p, List<String> keys) {
        for (String key : keys) {
            Optional<Element> m = p.meta(key);
            if (m.isEmpty()) {
                continue;
            }
            Optional<DatePatterns.Found> d = DatePatterns.parseValue(m.get().attr("content"), p.monthFirst)
                    .filter(f -> p.plausible(f.date()));
            if (d.isPresent()) {
                return Optional.of(finding(p, d.get(), "meta " + key, m.get().attr("content")));
            }
        }
        return Optional.empty();
    }

    /**
     * A publication date in a script's data, as JavaScript apps and trackers keep it
     * ({@code "published_at":"2019-03-02T06:22:28+01:00"}, {@code "publishedDate": ...}): the first in the markup.
     */
    static Optional<DateFinding> findInScripts(ParsedPage p) {
        Matcher m = SCRIPT_DATE.matcher(p.html);
        while (m.find()) {
            Optional<DatePatterns.Found> d = DatePatterns.parseValue(m.group(1), false).filter(f -> p.plausible(f.date()));
            if (d.isPresent()) {
                return Optional.of(new DateFinding(d.get().iso(), d.get().precision(), "script data: '"
                        + m.group().substring(0, Math.min(60, m.group().length())) + "'", m.start(1), m.end(1)));
            }
        }
        return Optional.empty();
    }

    /** A finding whose evidence is the element's date value, located in the markup. */
    static DateFinding finding(ParsedPage p, DatePatterns.Found d, String evidence, String value) {
        int[] at = p.locate(value, 0);
        return new DateFinding(d.iso(), d.precision(), evidence, at[0], at[1]);
    }
}
