package org.echotrace.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which parts of one page are not the article's own: comments, sidebars, footers, teasers of other
 * articles. Dates there belong to someone else (a reader's comment, a related story, the copyright).
 *
 * <p>Design decision: an element that contains the page's headline ({@code h1}, else {@code article})
 * is the page's frame, never a side zone, whatever its class says: themes put "sidebar" on the
 * wrapper of a layout that has one. Answers are memoised per element, computed bottom-up without
 * recursion, so a page costs time linear in its elements.
 */
final class Zones {
    /** A class or id token that names someone else's zone: "comments", "sidebar-left", "widget_recent". */
    private static final Pattern COMMENTS = Pattern.compile(
            "(?i)(comments?|comment[-_].*|.*[-_]comments?|commentlist|respond|repl(y|ies)|kommentare?|disqus.*)");
    /** Side zones by name; but themes also put "sidebar" or "teaser" on the box that holds the article. */
    private static final Pattern FOREIGN = Pattern.compile(
            "(?i)(sidebar.*|.*[-_]sidebar|widget.*|.*[-_]widget|footer|site[-_]footer|page[-_]footer|global[-_]footer"
                    + "|related.*|.*[-_]related|recommend.*|teaser.*|newsletter.*|popular.*|trending.*|breadcrumbs?"
                    + "|cookie.*|archive|archives|calendar|tagcloud|more[-_]stories|read[-_]more)");
    private static final Set<String> FOREIGN_TAGS =
            Set.of("footer", "aside", "nav", "script", "style", "noscript", "template", "select", "form");

    private final Set<Element> frame = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, Boolean> memo = new IdentityHashMap<>();

    /** A named side zone holding at least this share of the page's text is the article's box after all. */
    private static final double FRAME_TEXT_SHARE = 0.4;
    private static final int MAX_COMMENT_DEPTH = 200;

    private final ParsedPage page;

    /** Zones around {@code headline}, the page's first h1 or else its article element, if any. */
    Zones(Element headline, ParsedPage page) {
        this.page = page;
        for (Element a = headline; a != null; a = a.parent()) {
            frame.add(a);
        }
    }

    /** True when the element or one of its ancestors is someone else's zone. */
    boolean foreign(Element e) {
        List<Element> chain = new ArrayList<>();
        Boolean known = null;
        for (Element a = e; a != null; a = a.parent()) {
            known = memo.get(a);
            if (known != null) {
                break;
            }
            chain.add(a);
        }
        boolean inherited = known != null && known;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Element a = chain.get(i);
            inherited = inherited || own(a);
            memo.put(a, inherited);
        }
        return inherited;
    }

    /** True when the element lies in a comment section (a bounded walk up; rarely asked). */
    boolean inComments(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth++ < MAX_COMMENT_DEPTH; a = a.parent()) {
            String classId = a.className() + " " + a.id();
            if (classId.length() > 300) {
                continue;
            }
            for (String token : classId.split("\\s+")) {
                if (!token.isEmpty() && COMMENTS.matcher(token).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean own(Element a) {
        if (frame.contains(a) || a.tagName().equals("body") || a.tagName().equals("html")) {
            return false;
        }
        if (FOREIGN_TAGS.contains(a.tagName())) {
            return true;
        }
        String classId = a.className() + " " + a.id();
        if (classId.length() > 300) {
            return false;
        }
        boolean side = false;
        for (String token : classId.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (COMMENTS.matcher(token).matches()) {
                return true;
            }
            side |= FOREIGN.matcher(token).matches();
        }
        return side && page.textLength(a) < FRAME_TEXT_SHARE * page.textLength;
    }
}
