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

    private static final SegmentKind[] FURNITURE_KINDS = new SegmentKind[FURNITURE.length];
    private static final int FURNITURE_MASK = 0xffff;
    private static final int ARTICLE_BIT = 0x10000;
    /**
     * Cues per class or id token. Design decision: template class names repeat across every page of
     * a site and across sites, and matching each one against all cues was a quarter of the cleaner's
     * time; the cache stops growing at {@value #MAX_CACHED} tokens, so generated names cannot fill memory.
     */
    private static final int MAX_CACHED = 100_000;
    private static final java.util.Map<String, Integer> TOKEN_CUES = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (int i = 0; i < FURNITURE.length; i++) {
            FURNITURE_KINDS[i] = SegmentKind.expectLabel(FURNITURE[i][1]);
        }
    }

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
        int best = cues(head(e.className()), head(e.id())) & FURNITURE_MASK;
        return best == FURNITURE_MASK ? Optional.empty() : Optional.of(FURNITURE_KINDS[best]);
    }

    /** True when the tag, itemprop or class/id mark the article's own container. */
    static boolean articleLike(Element e) {
        String n = e.normalName();
        if (n.equals("article") || n.equals("main") || head(e.attr("role")).equals("main")) {
            return true;
        }
        return (cues(head(e.className()), head(e.id())) & ARTICLE_BIT) != 0;
    }

    /** schema.org's explicit mark of the article text. */
    static boolean articleBody(Element e) {
        String p = head(e.attr("itemprop"));
        return p.equals("articlebody") || p.equals("text") && !e.normalName().equals("span");
    }

    /**
     * The cues of a class and an id: the index of the first furniture cue any token matches (or
     * {@link #FURNITURE_MASK}), plus {@link #ARTICLE_BIT} when a token matches an article cue.
     */
    private static int cues(String className, String id) {
        int found = FURNITURE_MASK;
        for (String attr : new String[] {className, id}) {
            int n = attr.length();
            int i = 0;
            while (i < n) {
                while (i < n && !Character.isLetter(attr.charAt(i))) {
                    i++;
                }
                int j = i;
                while (j < n && Character.isLetter(attr.charAt(j))) {
                    j++;
                }
                if (j > i) {
                    int t = cached(attr.substring(i, j));
                    found = Math.min(found & FURNITURE_MASK, t & FURNITURE_MASK) | (found | t) & ARTICLE_BIT;
                }
                i = j;
            }
        }
        return found;
    }

    private static int cached(String token) {
        Integer v = TOKEN_CUES.get(token);
        if (v == null) {
            v = tokenCues(token);
            if (TOKEN_CUES.size() < MAX_CACHED) {
                TOKEN_CUES.put(token, v);
            }
        }
        return v;
    }

    private static int tokenCues(String token) {
        int r = FURNITURE_MASK;
        for (int c = 0; c < FURNITURE.length; c++) {
            if (matches(token, 0, token.length(), FURNITURE[c][0])) {
                r = c;
                break;
            }
        }
        for (String cue : ARTICLE) {
            if (matches(token, 0, token.length(), cue)) {
                return r | ARTICLE_BIT;
            }
        }
        return r;
    }

    private static String head(String attr) {
        String s = attr.length() > MAX_ATTR ? attr.substring(0, MAX_ATTR) : attr;
        return s.toLowerCase(Locale.ROOT);
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
