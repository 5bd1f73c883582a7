package org.echotrace.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.extract.html.DateFinding.Precision;

/**
 * Dates in the page's URL: "/2017/11/14/", "/20171114/", "2017-11-14". A URL date is set when the
 * article is first published and is rarely wrong, so a full one ranks high. Without a URL the page's
 * canonical link or og:url stands in for it.
 */
final class UrlDates {
    private static final List<Pattern> FULL = List.of(
            // "/2023/10/3-fragen-an" is a month's slug starting with a number, not October 3rd: a one-digit
            // day must end the path segment.
            Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{2}(?:/|$|[-_.])|\\d(?:/|$))"),
            Pattern.compile("[/_-](\\d{4})[-_](\\d{2})[-_](\\d{2})(?:/|$|[-_.])"),
            Pattern.compile("/(\\d{4})(\\d{2})(\\d{2})(?:/|$|[-_.])"));
    private static final Pattern MONTH = Pattern.compile("/(\\d{4})/(\\d{2})/");

    private UrlDates() {
    }

    static Optional<String> url(ParsedPage p) {
        if (p.url.isPresent()) {
            return p.url;
        }
        if (p.canonical != null) {
            return Optional.of(p.canonical.attr("href"));
        }
        return p.metaContent("og:url");
    }

    static Optional<DateFinding> findDay(ParsedPage p) {
        Optional<String> url = url(p);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String path = pathOf(url.get());
        for (Pattern pattern : FULL) {
            Matcher m = pattern.matcher(path);
            if (m.find()) {
                Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3).replaceAll("\\D", ""))
                        .filter(p::plausible);
                if (d.isPresent()) {
                    return Optional.of(new DateFinding(d.get().toString(), Precision.DAY,
                            "url " + m.group().replaceAll("[-_.]$", ""), -1, -1));
                }
            }
        }
        return Optional.empty();
    }

    static Optional<DateFinding> findMonth(ParsedPage p) {
        Optional<String> url = url(p);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = MONTH.matcher(pathOf(url.get()));
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), "1").filter(p::plausible);
            if (d.isPresent()) {
                return Optional.of(new DateFinding(d.get().toString().substring(0, 7), Precision.MONTH,
                        "url " + m.group(), -1, -1));
            }
        }
        return Optional.empty();
    }

    /** The URL without scheme and host, so that a host name's digits are never read as a date. */
    private static String pathOf(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "" : url.substring(slash);
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
