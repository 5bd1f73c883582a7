package org.echotrace.extract.html;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Dates the page marks up for readers: {@code <time datetime>}, {@code itemprop="datePublished"},
 * and short elements whose class or id says they hold a date ("entry-date", "post-meta", "datum").
 * Elements in someone else's zone (comments, sidebars, teasers) are passed over.
 */
final class ElementDates {
    private static final Pattern PUBLISHED_CLASS = Pattern.compile("(?i)publish|entry-date|posted|pubdate|created");
    private static final Pattern MODIFIED_CLASS = Pattern.compile("(?i)updated|modified|edited|aktualisiert");
    /** Words in a class or id that name a date or the line holding one; matched lower-cased, anywhere. */
    private static final String[] DATE_CLASS = {"date", "datum", "time", "posted", "publish", "byline", "fecha", "meta",
        "info", "author", "submitted"};
    /**
     * Words that rule a date-classed element out: a modification date, or the date-of-today widget of a
     * site's top bar ("td_data_time", "current-time", "today") and navigation.
     */
    private static final String[] NOT_PUBLISHED_WORDS = {"updated", "modified", "edited", "aktualisiert", "current",
        "today", "heute", "data_time", "nav", "topbar", "top-bar"};
    private static final int MAX_ELEMENT_TEXT = 200;
    /** How far above the headline the article's header box may be: h1 in a div in a header in an article. */
    private static final int HEADER_LEVELS = 3;

    private ElementDates() {
    }

    /** An element marked as the publication date: itemprop, pubdate, or a time element of the article. */
    static Optional<DateFinding> findMarked(ParsedPage p) {
        for (Element e : p.markedDates) {
            String evidence = e.hasAttr("itemprop") ? "[itemprop=" + e.attr("itemprop") + "]" : e.tagName() + "." + e.className();
            Optional<DateFinding> f = fromAttributes(p, e, evidence);
            if (f.isPresent()) {
                return f;
            }
        }
        Optional<DateFinding> fallback = Optional.empty();
        for (Element t : p.timeElements) {
            if (p.zones.foreign(t) || MODIFIED_CLASS.matcher(t.className()).find()) {
                continue;
            }
            Optional<DateFinding> f = fromAttributes(p, t, "time[datetime]");
            if (f.isPresent() && PUBLISHED_CLASS.matcher(t.className() + " " + t.parent().className()).find()) {
                return f;
            }
            if (fallback.isEmpty()) {
                fallback = f;
            }
        }
        return fallback;
    }

    /** The first short element whose class or id names a date and whose text holds one. */
    static Optional<DateFinding> findByClass(ParsedPage p) {
        return findByClass(p, null);
    }

    /**
     * The date shown in the article's header: the first date-classed element within a few levels around
     * the page's single headline. Empty when the page has no one headline to anchor it.
     */
    static Optional<DateFinding> findInHeader(ParsedPage p) {
        if (p.h1s.size() != 1 || p.zones.foreign(p.h1s.get(0))) {
            return Optional.empty();
        }
        Element box = p.h1s.get(0);
        for (int i = 0; i < HEADER_LEVELS && box.parent() != null && !box.parent().normalName().equals("body"); i++) {
            box = box.parent();
        }
        return findByClass(p, box);
    }

    /**
     * The last resort among elements: the first date-classed one in any zone but comments. A page whose
     * only visible date sits in a box named "teaser" or "sidebar" is more often dated by it than not.
     */
    static Optional<DateFinding> findByClassOutsideComments(ParsedPage p) {
        return findByClass(p, null, true);
    }

    private static Optional<DateFinding> findByClass(ParsedPage p, Element within) {
        return findByClass(p, within, false);
    }

    private static Optional<DateFinding> findByClass(ParsedPage p, Element within, boolean anyZone) {
        for (Element e : p.dateClassed) {
            String text = boundedText(e);
            if (text.length() > MAX_ELEMENT_TEXT || (within != null && !inside(e, within))
                    || (anyZone ? p.zones.inComments(e) : p.zones.foreign(e))) {
                continue;
            }
            Optional<DatePatterns.Found> d = DatePatterns.findAll(text, p.monthFirst, true, 3).stream()
                    .filter(f -> p.plausible(f.date())).findFirst();
            if (d.isPresent()) {
                String written = text.substring(d.get().start(), d.get().end());
                return Optional.of(StructuredDates.finding(p, d.get(), "text in ."
                        + (e.className().isBlank() ? "#" + e.id() : e.className().split("\\s+")[0])
                        + ": '" + written + "'", written));
            }
        }
        return Optional.empty();
    }

    private static boolean inside(Element e, Element box) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == box) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first date-classed element's day in the year and month the URL gives ("/2013/10/"), in any zone:
     * the URL confirms it, and blog themes wrap the post itself in boxes named "widget" or "sidebar".
     */
    static Optional<DateFinding> findInUrlMonth(ParsedPage p) {
        Optional<YearMonth> month = UrlDates.findMonth(p).map(f -> YearMonth.parse(f.iso()));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        for (Element e : p.dateClassed) {
            String text = boundedText(e);
            if (text.length() > MAX_ELEMENT_TEXT) {
                continue;
            }
            for (DatePatterns.Found d : DatePatterns.findAll(text, p.monthFirst, true, 3)) {
                if (YearMonth.from(d.date()).equals(month.get())) {
                    String written = text.substring(d.start(), d.end());
                    return Optional.of(StructuredDates.finding(p, d, "text in the URL's month: '" + written + "'", written));
                }
            }
        }
        return Optional.empty();
    }

    /** True when a class or id names a date or the line holding one, and not a modification date. */
    static boolean namesDate(String className, String id) {
        // Plain substring tests: a case-insensitive alternation tried at every position of every class
        // attribute of the page cost more than all the date parsing.
        String classId = (className + " " + id).toLowerCase(Locale.ROOT);
        return containsAny(classId, DATE_CLASS) && !containsAny(classId, NOT_PUBLISHED_WORDS);
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<DateFinding> fromAttributes(ParsedPage p, Element e, String evidence) {
        for (String attr : new String[] {"datetime", "content", "title"}) {
            if (e.hasAttr(attr)) {
                Optional<DatePatterns.Found> d = DatePatterns.parseValue(e.attr(attr), p.monthFirst)
                        .filter(f -> p.plausible(f.date()));
                if (d.isPresent()) {
                    return Optional.of(StructuredDates.finding(p, d.get(), evidence, e.attr(attr)));
                }
            }
        }
        String text = boundedText(e);
        if (text.length() <= MAX_ELEMENT_TEXT) {
            return DatePatterns.findAll(text, p.monthFirst, true, 1).stream().filter(f -> p.plausible(f.date()))
                    .findFirst().map(d -> StructuredDates.finding(p, d, evidence + " text",
                            text.substring(d.start(), d.end())));
        }
        return Optional.empty();
    }

    /** The element's text, or as soon as it is longer than the limit, a string longer than that: never the whole of a big container. */
    private static String boundedText(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text()).append(' ');
                }
                return sb.length() > MAX_ELEMENT_TEXT ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
