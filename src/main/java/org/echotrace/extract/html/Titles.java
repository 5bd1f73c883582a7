package org.echotrace.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article's title, chosen among the page's headings ({@code h1}) and the titles it declares
 * (og:title, JSON-LD headline, twitter:title, the document title) by their agreement: an {@code h1}
 * that a declared title contains is the headline without the site's name around it; a declared title
 * that an {@code h1} contains is the headline without a kicker ("Covid-19: ..."); otherwise the single
 * {@code h1} of the article, else the first declared title with the parts naming the site cut off.
 *
 * <p>Design decision: the visible heading wins over declared titles because declared titles are
 * written for search engines and social feeds (shortened, with keywords or the site's name), while
 * readers, and annotators, take the heading on the page. A heading that names the site (a logo in an
 * {@code h1}) is not a candidate.
 */
final class Titles {
    /** Separators between a headline and the site's name in titles. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·:»«/-]{1,2}\\s+|\\s+::\\s+|\\s*\\|\\s*");
    private static final int MAX_CHARS = 400;
    private static final int MIN_HEADING_CHARS = 3;
    /** A branding separator before the last part; a colon or hyphen more often joins headline and subtitle. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*[|–—«»·]{1,2}\\s*[^|–—«»·]+$");
    private static final Pattern KICKER = Pattern.compile(
            "(?i)kicker|topline|overline|dachzeile|eyebrow|roofline|supertitle|spitzmarke|surtitre|antetitulo");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Titles() {
    }

    static Optional<String> find(ParsedPage p, Optional<String> siteName) {
        List<String> aliases = aliases(p, siteName);
        List<String> declared = new ArrayList<>();
        p.metaContent("og:title").flatMap(Titles::clean).ifPresent(declared::add);
        p.jsonLd.find("headline").map(JsonLd.Value::text).flatMap(Titles::clean).ifPresent(declared::add);
        p.metaContent("twitter:title").flatMap(Titles::clean).ifPresent(declared::add);
        if (p.titleElement != null) {
            clean(p.titleElement.text()).ifPresent(declared::add);
        }
        List<String> headings = new ArrayList<>();
        for (Element h : p.h1s) {
            Optional<String> t = clean(headingText(h));
            if (t.isPresent() && t.get().length() >= MIN_HEADING_CHARS && !p.zones.foreign(h)
                    && !namesSite(t.get().toLowerCase(Locale.ROOT), aliases)) {
                headings.add(t.get());
            }
        }
        for (String h : headings) {
            String key = key(h);
            for (String d : declared) {
                String bare = withoutSite(d, aliases);
                String bareKey = key(bare);
                if (bareKey.length() * 2 > key.length() && key.endsWith(bareKey)) {
                    return Optional.of(suffixWithKey(h, bareKey));
                }
            }
        }
        for (String h : headings) {
            String key = key(h);
            for (String d : declared) {
                if (key(d).contains(key)) {
                    return Optional.of(h);
                }
            }
        }
        if (headings.size() == 1) {
            return Optional.of(headings.get(0));
        }
        return declared.stream().findFirst().map(t -> withoutSite(t, aliases))
                .or(() -> headings.stream().findFirst());
    }

    /** The shortest tail of the heading, from a word start, whose key is {@code key}: the heading's own quotes and dashes. */
    private static String suffixWithKey(String heading, String key) {
        for (int i = heading.length() - 1; i > 0; i--) {
            if (Character.isLetterOrDigit(heading.charAt(i)) && !Character.isLetterOrDigit(heading.charAt(i - 1))) {
                String tail = heading.substring(i);
                String k = key(tail);
                if (k.length() >= key.length()) {
                    return k.equals(key) ? leadingPunctuation(heading, i) + tail : heading;
                }
            }
        }
        return heading;
    }

    /** Opening quotes right before a tail ("„Es kommt ..."): they belong to it. */
    private static String leadingPunctuation(String heading, int start) {
        int i = start;
        while (i > 0 && "\"'„“”«‚‘’»(¿¡".indexOf(heading.charAt(i - 1)) >= 0) {
            i--;
        }
        return heading.substring(i, start);
    }

    /** The heading's text without a kicker or topline child ("Interne Unterlagen im Netz" above the headline). */
    private static String headingText(Element h) {
        boolean kicker = false;
        StringBuilder sb = new StringBuilder();
        for (Node c : h.childNodes()) {
            if (c instanceof Element e && KICKER.matcher(e.className()).find()) {
                kicker = true;
            } else if (c instanceof Element e) {
                sb.append(e.text()).append(' ');
            } else if (c instanceof TextNode t) {
                sb.append(t.text()).append(' ');
            }
        }
        return kicker && !sb.toString().isBlank() ? sb.toString() : h.text();
    }

    /** Letters and digits only, lower-cased: quotes, dashes and spacing differ between a heading and its meta twin. */
    private static String key(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static List<String> aliases(ParsedPage p, Optional<String> siteName) {
        List<String> aliases = new ArrayList<>();
        siteName.ifPresent(s -> aliases.add(s.toLowerCase(Locale.ROOT)));
        UrlDates.url(p).flatMap(HtmlMetadataExtractor::host).ifPresent(h -> {
            aliases.add(h);
            aliases.add(h.replaceFirst("\\.[a-z]+$", ""));
        });
        return aliases;
    }

    private static Optional<String> clean(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() || t.length() > MAX_CHARS ? Optional.empty() : Optional.of(t);
    }

    /** The title from its first to its last part that does not name the site; the whole title if all do. */
    static String withoutSite(String title, List<String> aliases) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        int at = 0;
        while (m.find()) {
            parts.add(new int[] {at, m.start()});
            at = m.end();
        }
        parts.add(new int[] {at, title.length()});
        int first = -1;
        int last = -1;
        for (int i = 0; i < parts.size(); i++) {
            String part = title.substring(parts.get(i)[0], parts.get(i)[1]).strip().toLowerCase(Locale.ROOT);
            if (!namesSite(part, aliases)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            // Every part names the site ("15 Jahre rete-mirabile.net — rete-mirabile.net"): cut only the parts
            // that are nothing but the site's name.
            for (int i = 0; i < parts.size(); i++) {
                String part = title.substring(parts.get(i)[0], parts.get(i)[1]).strip().toLowerCase(Locale.ROOT);
                if (!aliases.contains(part)) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                return title;
            }
            return title.substring(parts.get(first)[0], parts.get(last)[1]).strip();
        }
        if (first == 0 && last == parts.size() - 1 && parts.size() > 1 && SITE_SUFFIX.matcher(title).find()) {
            // No part named the site, but "Headline | Shorter Name" is how sites brand titles: the tail goes.
            int[] tail = parts.get(last);
            if (tail[1] - tail[0] < parts.get(0)[1] - parts.get(0)[0]) {
                last--;
            }
        }
        return title.substring(parts.get(first)[0], parts.get(last)[1]).strip();
    }

    private static boolean namesSite(String part, List<String> aliases) {
        if (part.length() < 3) {
            return false;
        }
        for (String a : aliases) {
            if (a.length() > 2 && (part.equals(a) || a.contains(part) || (part.contains(a) && a.length() * 2 > part.length()))) {
                return true;
            }
        }
        return false;
    }
}
