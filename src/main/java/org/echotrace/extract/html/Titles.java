package org.echotrace.extract.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article's title: what the page declares for sharing (og:title, JSON-LD headline, twitter:title),
 * else its single {@code h1}, else the document title; a site-name part ("... | Meridian Daily") is cut.
 */
final class Titles {
    /** Separators between a headline and the site's name in document titles. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·:»«/-]{1,2}\\s+|\\s+::\\s+");
    private static final int MAX_CHARS = 400;

    private Titles() {
    }

    static Optional<String> find(ParsedPage p, Optional<String> siteName) {
        Optional<String> declared = p.metaContent("og:title")
                .or(() -> p.jsonLd.find("headline").map(JsonLd.Value::text))
                .or(() -> p.metaContent("twitter:title"))
                .flatMap(Titles::clean);
        if (declared.isPresent()) {
            return declared.map(t -> withoutSite(t, siteName, false));
        }
        Elements h1 = p.doc.select("h1");
        if (h1.size() == 1 && !p.zones.foreign(h1.first())) {
            Optional<String> h = clean(h1.first().text());
            if (h.isPresent()) {
                return h;
            }
        }
        Element title = p.doc.selectFirst("title");
        return title == null ? Optional.empty() : clean(title.text()).map(t -> withoutSite(t, siteName, true));
    }

    private static Optional<String> clean(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() || t.length() > MAX_CHARS ? Optional.empty() : Optional.of(t);
    }

    /**
     * Drops the parts of a title that name the site. A document title with parts left over keeps its
     * longest part, which is the headline far more often than a section name.
     */
    static String withoutSite(String title, Optional<String> siteName, boolean documentTitle) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = siteName.map(s -> s.toLowerCase(Locale.ROOT)).orElse("\u0000");
        StringBuilder kept = new StringBuilder();
        String longest = "";
        int keptParts = 0;
        for (String part : parts) {
            String lower = part.toLowerCase(Locale.ROOT).strip();
            if (lower.equals(site) || (lower.length() > 3 && site.contains(lower)) || (site.length() > 3 && lower.contains(site))) {
                continue;
            }
            keptParts++;
            if (part.length() > longest.length()) {
                longest = part.strip();
            }
        }
        if (keptParts == parts.length) {
            // Nothing named the site: only a document title is cut, at its longest part.
            return documentTitle ? longest : title;
        }
        if (keptParts == 0) {
            return title;
        }
        int cut = title.toLowerCase(Locale.ROOT).lastIndexOf(site);
        // Keep the headline whole when the site name sat at one end.
        if (cut > 0 && cut + site.length() >= title.length() - 1) {
            return SEPARATOR.matcher(title.substring(0, cut)).replaceFirst("").strip().replaceAll("\\s+[|–—·:»«/-]{1,2}$", "").strip();
        }
        return longest;
    }
}
