package org.echotrace.extract.html;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads an HTML page's metadata: title, publication date, author, site name, language, description.
 * Pure and thread-safe: no I/O, no shared mutable state.
 *
 * <p>The date comes from the first source in {@link #DATE_SOURCES} that yields a plausible one
 * (from 1995 up to the capture date, or today). A full URL date comes first, as in htmldate: it is set
 * once, when the article is published. Then what the page states for machines (JSON-LD, meta), unless
 * the header under the headline shows another day; then marked-up elements, date-classed elements,
 * free text, the same elements in side zones, script data, and a modification date or the URL's month
 * only when nothing else is known.
 */
public final class HtmlMetadataExtractor {
    private static final List<Function<ParsedPage, Optional<DateFinding>>> DATE_SOURCES = List.of(
            UrlDates::findDay,
            HtmlMetadataExtractor::findStructured,
            ElementDates::findMarked,
            ElementDates::findInUrlMonth,
            ElementDates::findByClass,
            TextDates::find,
            ElementDates::findByClassOutsideComments,
            StructuredDates::findInScripts,
            StructuredDates::findModified,
            UrlDates::findMonth);
    private static final Pattern UTC_INSTANT = Pattern.compile("\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?(?:Z|[+-]00:?00)\\s*$");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}");

    /** Metadata of a page; dates after today (UTC) are taken for mistakes. */
    public PageMetadata extract(String html, Optional<String> url) {
        return extract(html, url, LocalDate.now(ZoneOffset.UTC));
    }

    /** Metadata of a page captured on {@code notAfter}: no later date can be its publication date. */
    public PageMetadata extract(String html, Optional<String> url, LocalDate notAfter) {
        ParsedPage p = new ParsedPage(html, url, notAfter);
        Optional<String> site = siteName(p);
        return new PageMetadata(Titles.find(p, site), published(p), Authors.find(p, site), site, language(p),
                description(p));
    }

    private static Optional<DateFinding> published(ParsedPage p) {
        for (Function<ParsedPage, Optional<DateFinding>> source : DATE_SOURCES) {
            Optional<DateFinding> f = source.apply(p);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /**
     * JSON-LD, else meta tags; but when that value is a date-time and the page's visible header date is one
     * day off, the header wins. CMSs often write the instant in UTC ("2019-10-18T22:04:00Z") while the
     * article's own calendar date is the local one shown to readers ("19. Oktober 2019 00:04 Uhr").
     */
    private static Optional<DateFinding> findStructured(ParsedPage p) {
        Optional<DateFinding> s = StructuredDates.findJsonLd(p).or(() -> StructuredDates.findMeta(p));
        if (s.isEmpty() || s.get().precision() != DateFinding.Precision.DAY || s.get().markupStart() < 0) {
            return s;
        }
        Optional<DateFinding> header = ElementDates.findInHeader(p).filter(v -> v.precision() == DateFinding.Precision.DAY);
        if (header.isPresent()) {
            return header;
        }
        String value = p.html.substring(s.get().markupStart(), s.get().markupEnd());
        if (!UTC_INSTANT.matcher(value).find()) {
            // A date-time with its own offset already holds the local calendar date: keep it.
            return s;
        }
        LocalDate stated = LocalDate.parse(s.get().iso());
        Optional<DateFinding> shown = ElementDates.findByClass(p)
                .filter(v -> v.precision() == DateFinding.Precision.DAY)
                .filter(v -> Math.abs(LocalDate.parse(v.iso()).toEpochDay() - stated.toEpochDay()) == 1);
        return shown.isPresent() ? shown : s;
    }

    private static Optional<String> siteName(ParsedPage p) {
        return p.metaContent("og:site_name")
                .or(() -> p.jsonLd.find("publisher").map(JsonLd.Value::text))
                .or(() -> p.metaContent("application-name"))
                .filter(s -> !s.isBlank() && s.length() < 100)
                .or(() -> UrlDates.url(p).flatMap(HtmlMetadataExtractor::host));
    }

    /** "https://www.meridian-daily.com/x" gives "meridian-daily.com". */
    static Optional<String> host(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        String rest = url.substring(scheme + 3);
        int end = rest.length();
        for (char c : new char[] {'/', ':', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String host = rest.substring(0, end).toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }

    private static Optional<String> language(ParsedPage p) {
        Optional<String> raw = Optional.of(p.htmlLang).filter(s -> !s.isBlank())
                .or(() -> p.metaContent("content-language", "language", "dc.language"))
                .or(() -> p.metaContent("og:locale"))
                .or(() -> p.jsonLd.find("inLanguage").map(JsonLd.Value::text));
        // "de-DE", "en_US", "de, en": the primary subtag of the first value.
        return raw.map(r -> r.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT))
                .filter(l -> LANGUAGE.matcher(l).matches());
    }

    private static Optional<String> description(ParsedPage p) {
        return p.metaContent("description", "og:description", "twitter:description")
                .map(d -> d.replaceAll("\\s+", " ").strip()).filter(d -> !d.isEmpty());
    }
}
