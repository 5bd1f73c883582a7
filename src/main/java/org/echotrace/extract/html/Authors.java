package org.echotrace.extract.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The article's author: the author meta tag, JSON-LD {@code author.name}, a {@code rel=author} link,
 * or a byline element. A value that is a URL, an e-mail address, the site's own name or too long to
 * be a name is rejected: those are what CMSs put there when no person wrote the page.
 */
final class Authors {
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)https?:|www\\.|@|\\.(com|de|org|net)\\b|\\d{3,}");
    /** A label before the name: "By", "View all posts by", "Veröffentlicht von", "Author:". */
    private static final Pattern BY = Pattern.compile("(?i)^\\s*(?:view all posts by|all posts by|posts by|written by|posted by|published by"
            + "|veröffentlicht von|geschrieben von|verfasst von|author|autor|by|von|vom|par|por|di|door|автор)"
            + "(?:\\s*:?\\s+|(?-i:(?=\\p{Lu})))");
    /** What follows a name in a byline: a date ("lupa am 26/10/13"), a separator. */
    private static final Pattern TAIL = Pattern.compile("(?i)\\s+(?:am|on|le|, )\\s*\\d.*$|[\\s|,;:·•–-]+$");
    /** Author-classed boxes that hold more than a name: biographies, avatars, lists of authors. */
    private static final Pattern AUTHOR_NOT_NAME = Pattern.compile("authori[sz]|bio|avatar|description|image|photo|img|authors-list|about");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[|•·:–—\\s-]+");
    private static final Pattern LABEL_ONLY = Pattern.compile("(?i)(?:posted|published|written|veröffentlicht|publiziert"
            + "|geschrieben|erstellt|verfasst|publié|publicado|pubblicato|опубликовано|by|von|par|por|author|autor|автор)"
            + "(?:\\s+(?:on|by|am|von|le|par|el|por|il|da))?\\s*:?");
    private static final int MAX_CHARS = 80;
    private static final int MAX_WORDS = 8;

    private Authors() {
    }

    static Optional<String> find(ParsedPage p, Optional<String> siteName) {
        Optional<String> found = p.metaContent("author", "article:author", "dc.creator", "dc:creator", "parsely-author",
                        "sailthru.author", "byl", "citation_author")
                .flatMap(a -> clean(a, siteName))
                .or(() -> p.jsonLd.find("author").flatMap(v -> clean(v.text(), siteName)));
        if (found.isPresent()) {
            return found;
        }
        for (Element e : p.authorElements) {
            if (p.zones.foreign(e)) {
                continue;
            }
            Element name = e.selectFirst("[itemprop=name]");
            Optional<String> a = clean((name != null ? name : e).text(), siteName);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** A class naming an author's name or byline: "author", "entry-meta-author", "byline", "autor" ... */
    static boolean namesAuthor(String className) {
        if (className.isEmpty()) {
            return false;
        }
        String c = className.toLowerCase(Locale.ROOT);
        return (c.contains("author") || c.contains("byline") || c.contains("autor"))
                && !AUTHOR_NOT_NAME.matcher(c).find();
    }

    static Optional<String> clean(String raw, Optional<String> siteName) {
        String collapsed = LEADING_MARKS.matcher(raw.replaceAll("\\s+", " ").strip()).replaceFirst("");
        if (LABEL_ONLY.matcher(collapsed).matches()) {
            // "Posted on", "Published by": the label of a byline whose name sits in the next element.
            return Optional.empty();
        }
        String a = BY.matcher(collapsed).replaceFirst("").strip();
        a = TAIL.matcher(a).replaceFirst("").strip();
        if (a.isEmpty() || a.length() > MAX_CHARS || a.split(" ").length > MAX_WORDS || NOT_A_NAME.matcher(a).find()) {
            return Optional.empty();
        }
        String lower = a.toLowerCase(Locale.ROOT);
        if (siteName.isPresent() && lower.equals(siteName.get().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(a);
    }
}
