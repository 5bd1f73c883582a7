package org.echotrace.clean.html;

import java.util.Locale;
import java.util.Optional;
import org.echotrace.model.SegmentKind;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, class and id say it holds: page furniture of some kind, or the
 * article itself. These are the conventions of web templates (CMS class names, HTML5 sectioning,
 * ARIA roles), shared by sites in every language, not the wording of any one site.
 *
 * <p>Design decision: class and id are split into tokens and a token matches a cue when it equals
 * it or, for cues of four letters or more, starts or ends with it ({@code navbar}, {@code topnav},
 * {@code sharebar}); substring matching anywhere would make {@code address} an ad and {@code
 * shadow} a share button. Only the first {@value #MAX_ATTR} characters of an attribute are read,
 * so a megabyte class costs nothing.
 */
final class ElementHints {
    private static final int MAX_ATTR = 200;

    /** Cue and the kind it implies, most specific first. */
    private static final String[][] FURNITURE = {
            {"comment", "comment"}, {"kommentar", "comment"}, {"disqus", "comment"}, {"respond", "comment"},
            {"reply", "comment"},
            {"share", "share_counter"}, {"social", "share_counter"}, {"sharing", "share_counter"},
            {"shariff", "share_counter"}, {"addthis", "share_counter"},
            {"newsletter", "newsletter"}, {"subscribe", "newsletter"}, {"subscription", "newsletter"},
            {"signup", "newsletter"}, {"paywall", "support_banner"}, {"donate", "support_banner"},
            {"related", "related"}, {"recommend", "related"}, {"similar", "related"},
            {"popular", "related"}, {"trending", "related"}, {"more", "related"}, {"readmore", "related"},
            {"sidebar", "related"}, {"widget", "related"}, {"aside", "related"}, {"tags", "related"},
            {"tagcloud", "related"}, {"taglist", "related"}, {"pagination", "navigation"}, {"pager", "navigation"},
            {"nav", "navigation"}, {"navigation", "navigation"}, {"menu", "navigation"},
            {"breadcrumb", "navigation"}, {"breadcrumbs", "navigation"}, {"skip", "navigation"},
            {"toolbar", "navigation"}, {"topbar", "navigation"}, {"masthead", "site_banner"},
            {"ad", "advertisement"}, {"ads", "advertisement"}, {"advert", "advertisement"},
            {"advertisement", "advertisement"}, {"anzeige", "advertisement"}, {"sponsor", "advertisement"},
            {"banner", "advertisement"}, {"promo", "advertisement"}, {"cookie", "footer"}, {"consent", "footer"},
            {"gdpr", "footer"}, {"footer", "footer"}, {"copyright", "footer"}, {"colophon", "footer"},
            {"imprint", "footer"}, {"impressum", "footer"}, {"legal", "footer"},
            {"caption", "caption"}, {"figcaption", "caption"}, {"credit", "caption"}, {"credits", "caption"},
            {"byline", "byline"}, {"author", "byline"}, {"autor", "byline"},
            {"dateline", "dateline"}, {"date", "dateline"}, {"datum", "dateline"}, {"published", "dateline"},
            {"timestamp", "dateline"}, {"meta", "dateline"},
    };
    /** Cues of the article's own container. */
    private static final String[] ARTICLE = {"article", "artikel", "content", "entry", "main", "post", "story",
            "text", "body", "blog", "inhalt", "beitrag", "single", "hentry", "news", "detail"};

    private ElementHints() {
    }

    /** The furniture kind an element's own tag, role, class or id implies, if any. */
    static Optional<SegmentKind> furniture(Element e) {
        switch (e.normalName()) {
            case "nav", "menu" -> {
                return Optional.of(SegmentKind.NAVIGATION);
            }
            case "footer" -> {
                return Optional.of(SegmentKind.FOOTER);
            }
            case "aside" -> {
                return Optional.of(SegmentKind.RELATED);
            }
            case "figcaption", "caption" -> {
                return Optional.of(SegmentKind.CAPTION);
            }
            case "address" -> {
                return Optional.of(SegmentKind.BYLINE);
            }
            default -> {
            }
        }
        switch (head(e.attr("role"))) {
            case "navigation", "menu", "menubar" -> {
                return Optional.of(SegmentKind.NAVIGATION);
            }
            case "contentinfo" -> {
                return Optional.of(SegmentKind.FOOTER);
            }
            case "complementary" -> {
                return Optional.of(SegmentKind.RELATED);
            }
            default -> {
            }
        }
        String tokens = head(e.className()) + ' ' + head(e.id());
        if (tokens.isBlank()) {
            return Optional.empty();
        }
        for (String[] cue : FURNITURE) {
            if (hasCue(tokens, cue[0])) {
                return Optional.of(SegmentKind.expectLabel(cue[1]));
            }
        }
        return Optional.empty();
    }

    /** True when the tag, itemprop or class/id mark the article's own container. */
    static boolean articleLike(Element e) {
        String n = e.normalName();
        if (n.equals("article") || n.equals("main") || head(e.attr("role")).equals("main")) {
            return true;
        }
        String tokens = head(e.className()) + ' ' + head(e.id());
        for (String cue : ARTICLE) {
            if (hasCue(tokens, cue)) {
                return true;
            }
        }
        return false;
    }

    /** schema.org's explicit mark of the article text. */
    static boolean articleBody(Element e) {
        String p = head(e.attr("itemprop"));
        return p.equals("articlebody") || p.equals("text") && !e.normalName().equals("span");
    }

    private static String head(String attr) {
        String s = attr.length() > MAX_ATTR ? attr.substring(0, MAX_ATTR) : attr;
        return s.toLowerCase(Locale.ROOT);
    }

    /** Does any token of {@code tokens} (split at non-letters) match {@code cue}? */
    static boolean hasCue(String tokens, String cue) {
        int n = tokens.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(tokens.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && Character.isLetter(tokens.charAt(j))) {
                j++;
            }
            if (j > i && matches(tokens, i, j, cue)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private static boolean matches(String s, int from, int to, String cue) {
        int len = to - from;
        int c = cue.length();
        if (len == c) {
            return s.regionMatches(from, cue, 0, c);
        }
        if (c < 4 || len < c) {
            return false;
        }
        return s.regionMatches(from, cue, 0, c) || s.regionMatches(to - c, cue, 0, c);
    }
}
