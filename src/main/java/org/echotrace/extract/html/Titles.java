package org.echotrace.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The article's title. The page's single {@code h1}, when the declared title (og:title, JSON-LD
 * headline, twitter:title, or the document title) contains it: that is the headline without the
 * site's name around it. Otherwise the declared title with the parts naming the site cut off
 * ("... | Meridian Daily"), else the {@code h1}, else the document title.
 */
final class Titles {
    /** Separators between a headline and the site's name in titles. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·:»«/-]{1,2}\\s+|\\s+::\\s+|\\s*\\|\\s*");
    private static final int MAX_CHARS = 400;
    /** A branding separator before the last part; a colon or hyphen more often joins headline and subtitle. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*[|–—«»·]{1,2}\\s*[^|–—«»·]+$");

    private Titles() {
    }

    static Optional<String> find(ParsedPage p, Optional<String> siteName) {
        Optional<String> declared = p.metaContent("og:title")
                .or(() -> p.jsonLd.find("headline").map(JsonLd.Value::text))
                .or(() -> p.metaContent("twitter:title"))
                .flatMap(Titles::clean);
        Element titleTag = p.titleElement;
        Optional<String> document = titleTag == null ? Optional.empty() : clean(titleTag.text());
        List<Element> h1s = p.h1s;
        Optional<String> h1 = h1s.size() == 1 && !p.zones.foreign(h1s.get(0)) ? clean(h1s.get(0).text()) : Optional.empty();
        List<String> aliases = new ArrayList<>();
        siteName.ifPresent(s -> aliases.add(s.toLowerCase(Locale.ROOT)));
        UrlDates.url(p).flatMap(HtmlMetadataExtractor::host).ifPresent(h -> {
            aliases.add(h);
            aliases.add(h.replaceFirst("\\.[a-z]+$", ""));
        });
        if (h1.isPresent()) {
            String h = h1.get().toLowerCase(Locale.ROOT);
            boolean confirmed = declared.or(() -> document).map(t -> t.toLowerCase(Locale.ROOT).contains(h)).orElse(false);
            if (confirmed) {
                return h1;
            }
        }
        return declared.or(() -> document).map(t -> withoutSite(t, aliases)).or(() -> h1);
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
            return title;
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
