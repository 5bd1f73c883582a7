package org.echotrace.extract.html;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One page parsed once and shared by every sub-step: the DOM (with source positions, so evidence can
 * point into the markup), its JSON-LD, its URL, and the latest date a publication date may have.
 */
final class ParsedPage {
    /** Pages beyond this many characters are cut: metadata sits near the top, and parsing is linear. */
    static final int MAX_HTML_CHARS = 3_000_000;

    final String html;
    final Document doc;
    final Optional<String> url;
    final JsonLd jsonLd;
    final LocalDate notAfter;
    final boolean monthFirst;

    ParsedPage(String html, Optional<String> url, LocalDate notAfter) {
        this.html = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        this.doc = parser.parseInput(this.html, "");
        this.url = url.filter(u -> !u.isBlank());
        this.jsonLd = new JsonLd(doc);
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

    int start(Element e) {
        return e.sourceRange().isTracked() ? e.sourceRange().startPos() : -1;
    }

    /** End of the element: its end tag when it has one, else its start tag. */
    int end(Element e) {
        if (e.endSourceRange().isTracked() && e.endSourceRange().endPos() > 0) {
            return e.endSourceRange().endPos();
        }
        return e.sourceRange().isTracked() ? e.sourceRange().endPos() : -1;
    }
}
