package org.echotrace.extract.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Which parts of a page are not the article's own: comments, sidebars, footers, teasers of other
 * articles. Dates there belong to someone else (a reader's comment, a related story, the copyright).
 */
final class Zones {
    private static final Pattern FOREIGN = Pattern.compile(
            "(?i)comment|respond|reply|replies|kommentar|sidebar|widget|footer|related|recommend|teaser|newsletter"
                    + "|popular|trending|archive|calendar|tagcloud|breadcrumb|cookie|disqus");
    private static final Pattern FOREIGN_TAG = Pattern.compile("footer|aside|nav|script|style|noscript|template|select");
    private static final int MAX_DEPTH = 60;

    private Zones() {
    }

    /** True when the element or one of its ancestors is someone else's zone. */
    static boolean foreign(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth < MAX_DEPTH; a = a.parent(), depth++) {
            if (FOREIGN_TAG.matcher(a.tagName()).matches()) {
                return true;
            }
            String classId = a.className() + " " + a.id();
            if (classId.length() > 1 && classId.length() < 300 && FOREIGN.matcher(classId).find()) {
                return true;
            }
        }
        return false;
    }
}
