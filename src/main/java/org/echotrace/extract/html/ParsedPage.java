package org.echotrace.extract.html;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One page parsed once and shared by every sub-step: the DOM, its JSON-LD, its URL, its zones, and the
 * latest date a publication date may have.
 *
 * <p>Design decision: the parser does not track source positions (that triples parsing time); evidence
 * is located afterwards by searching the markup for the value it holds, which is exact for the first
 * occurrence and close enough for the rest.
 */
final class ParsedPage {
    /** Pages beyond this many characters are cut: metadata sits near the top, and parsing is linear. */
    static final int MAX_HTML_CHARS = 3_000_000;

    final String html;
    final Document doc;
    final Optional<String> url;
    final JsonLd jsonLd;
    final Zones zones;
    final LocalDate notAfter;
    final boolean monthFirst;

    ParsedPage(String html, Optional<String> url, LocalDate notAfter) {
        this.html = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        this.doc = Parser.htmlParser().parseInput(this.html, "");
        this.url = url.filter(u -> !u.isBlank());
        this.jsonLd = new JsonLd(doc);
        this.zones = new Zones(doc);
        this.notAfter = notAfter;
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        // Month-first slashed dates are an American habit; everyone else writes the day first.
        this.monthFirst = lang.toLowerCase(Locale.ROOT).startsWith("en-us")
                || (lang.equalsIgnoreCase("en") && url.map(u -> !u.matches("(?i)https?://[^/]*\\.(uk|ie|au|nz|in)(/.*)?")).orElse(true));
    }

    /** A date a page could have been published on: not in the future, not before the web had news. */
    boolean plausible(LocalDate d) {
        return !d.isBefore(LocalDate.of(1995, 1, 1)) && !d.isAfter(notAfter);
    }

    /** The content of the first meta tag whose name, property or itemprop is {@code key}. */
    Optional<Element> meta(String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("name")) || key.equalsIgnoreCase(m.attr("property"))
                    || key.equalsIgnoreCase(m.attr("itemprop")) || key.equalsIgnoreCase(m.attr("http-equiv"))) {
                if (!m.attr("content").isBlank()) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> metaContent(String... keys) {
        for (String k : keys) {
            Optional<Element> m = meta(k);
            if (m.isPresent()) {
                return Optional.of(m.get().attr("content").strip());
            }
        }
        return Optional.empty();
    }

    /** Where {@code value} first occurs in the markup at or after {@code from}: [start, end), or [-1, -1]. */
    int[] locate(String value, int from) {
        int at = value.isEmpty() ? -1 : html.indexOf(value, Math.max(0, from));
        return at < 0 ? new int[] {-1, -1} : new int[] {at, at + value.length()};
    }
}
