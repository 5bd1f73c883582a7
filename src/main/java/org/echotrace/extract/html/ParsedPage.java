package org.echotrace.extract.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One page parsed once and shared by every sub-step: the DOM, its JSON-LD, its URL, its zones, and the
 * latest date a publication date may have.
 *
 * <p>Design decision: the parser does not track source positions (that triples parsing time); evidence
 * is located afterwards by searching the markup for the value it holds, which is exact for the first
 * occurrence and close enough for the rest.
 *
 * <p>Design decision: the elements every sub-step looks for (meta tags, JSON-LD scripts, headings,
 * {@code time} elements, date-classed and author-classed elements) are gathered in one walk over the
 * tree here. Selecting them one query at a time walked the whole tree seventy times per page and cost
 * more than parsing it.
 */
final class ParsedPage {
    /** Pages beyond this many characters are cut: metadata sits near the top, and parsing is linear. */
    static final int MAX_HTML_CHARS = 3_000_000;
    /** Elements beyond this many are not indexed: hostile pages must not cost more than a big real one. */
    static final int MAX_ELEMENTS = 50_000;
    private static final int MAX_CLASS_ID = 200;

    final String html;
    final Document doc;
    final Optional<String> url;
    final JsonLd jsonLd;
    final Zones zones;
    final LocalDate notAfter;
    final boolean monthFirst;

    /** Meta elements by lower-cased name, property, itemprop and http-equiv: the first with content wins. */
    private final Map<String, Element> metas = new HashMap<>();
    final List<Element> ldJsonScripts = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> timeElements = new ArrayList<>();
    /** itemprop datePublished / dateCreated, time[pubdate], abbr.published[title], in document order. */
    final List<Element> markedDates = new ArrayList<>();
    /** Elements of the body whose class or id names a date, a byline or meta information. */
    final List<Element> dateClassed = new ArrayList<>();
    /** rel=author links, itemprop=author and author- or byline-classed elements, in document order. */
    final List<Element> authorElements = new ArrayList<>();
    /** While indexing, the text length seen before an element opens; after, the length of its text. */
    private final Map<Element, Integer> textBefore = new IdentityHashMap<>();
    /** Characters of text in the whole page. */
    int textLength;
    Element titleElement;
    Element canonical;
    Element firstArticle;
    String htmlLang = "";

    ParsedPage(String html, Optional<String> url, LocalDate notAfter) {
        this.html = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        this.doc = Parser.htmlParser().parseInput(this.html, "");
        this.url = url.filter(u -> !u.isBlank());
        index();
        this.jsonLd = new JsonLd(ldJsonScripts);
        this.zones = new Zones(h1s.isEmpty() ? firstArticle : h1s.get(0), this);
        this.notAfter = notAfter;
        String lang = htmlLang.toLowerCase(Locale.ROOT);
        // Month-first slashed dates are an American habit; everyone else writes the day first.
        this.monthFirst = lang.startsWith("en-us")
                || (lang.equals("en") && url.map(u -> !u.matches("(?i)https?://[^/]*\\.(uk|ie|au|nz|in)(/.*)?")).orElse(true));
    }

    private void index() {
        NodeTraversor.filter(new NodeFilter() {
            private int seen;
            private boolean inBody;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    textLength += t.getWholeText().length();
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (++seen > MAX_ELEMENTS) {
                    return FilterResult.STOP;
                }
                inBody |= e.normalName().equals("body");
                textBefore.put(e, textLength);
                indexElement(e, inBody);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Integer before = textBefore.get(e);
                    textBefore.put(e, before == null ? 0 : textLength - before);
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
    }

    /** Characters of text under {@code e}, markup aside; 0 for elements beyond the indexing bound. */
    int textLength(Element e) {
        Integer n = textBefore.get(e);
        return n == null ? 0 : n;
    }

    private void indexElement(Element e, boolean inBody) {
        String tag = e.normalName();
        switch (tag) {
            case "html" -> htmlLang = e.attr("lang");
            case "meta" -> indexMeta(e);
            case "title" -> titleElement = titleElement == null ? e : titleElement;
            case "h1" -> h1s.add(e);
            case "article" -> firstArticle = firstArticle == null ? e : firstArticle;
            case "time" -> {
                if (e.hasAttr("datetime")) {
                    timeElements.add(e);
                }
            }
            case "link" -> {
                if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                    canonical = e;
                }
            }
            case "script" -> {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                    ldJsonScripts.add(e);
                }
            }
            default -> {
            }
        }
        if (e.attributesSize() == 0) {
            return;
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equals("datePublished") || itemprop.equals("dateCreated")
                || (tag.equals("time") && e.hasAttr("pubdate"))
                || (tag.equals("abbr") && e.hasAttr("title") && e.hasClass("published"))) {
            markedDates.add(e);
        }
        String cls = e.className();
        String id = e.id();
        if ((tag.equals("a") && (e.attr("rel").equalsIgnoreCase("author") || e.attr("href").contains("/author/")))
                || itemprop.equals("author") || Authors.namesAuthor(cls)) {
            authorElements.add(e);
        }
        if (inBody && (!cls.isEmpty() || !id.isEmpty()) && cls.length() + id.length() < MAX_CLASS_ID
                && ElementDates.namesDate(cls, id)) {
            dateClassed.add(e);
        }
    }

    private void indexMeta(Element m) {
        if (m.attr("content").isBlank()) {
            return;
        }
        for (String a : new String[] {"name", "property", "itemprop", "http-equiv"}) {
            String key = m.attr(a);
            if (!key.isEmpty()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT), m);
            }
        }
    }

    /** A date a page could have been published on: not in the future, not before the web had news. */
    boolean plausible(LocalDate d) {
        return !d.isBefore(LocalDate.of(1995, 1, 1)) && !d.isAfter(notAfter);
    }

    /** The first meta tag with content whose name, property, itemprop or http-equiv is {@code key}. */
    Optional<Element> meta(String key) {
        return Optional.ofNullable(metas.get(key.toLowerCase(Locale.ROOT)));
    }

    Optional<String> metaContent(String... keys) {
        for (String k : keys) {
            Element m = metas.get(k.toLowerCase(Locale.ROOT));
            if (m != null) {
                return Optional.of(m.attr("content").strip());
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
