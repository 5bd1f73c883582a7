package org.echotrace.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a parsed page into blocks of visible text, as a browser would break them into lines:
 * every block-level element and every {@code <br>} ends a block. Script, style and other
 * non-rendered content never becomes text.
 *
 * <p>Design decision: one iterative walk ({@link NodeTraversor}, no recursion) does all the work and
 * also sums the text and link text under every element, so that container scoring is linear in the
 * page and a page nested ten thousand levels deep cannot overflow the stack.
 */
final class BlockFlattener {
    /** Elements whose content is never rendered as text. */
    static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "head", "select", "datalist", "textarea", "video", "audio",
            "map", "button");
    /** Elements that break lines. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "ul", "legend", "option", "html", "br");
    /** Longest style attribute inspected for hidden content; longer ones are hostile or generated. */
    private static final int MAX_STYLE = 2_000;
    /** Furniture marks kept per block, innermost first; deeper nests of them add nothing. */
    private static final int MAX_HINTS = 6;

    /** An element whose tag or class marks furniture of a kind. */
    record Hint(Element element, org.echotrace.model.SegmentKind kind) {
    }

    /** The result: blocks in page order and, per element, {text chars, link chars} beneath it. */
    record Flat(List<Block> blocks, Map<Element, int[]> textUnder) {
    }

    static Flat flatten(Element root) {
        Walker w = new Walker();
        NodeTraversor.filter(w, root);
        w.flush();
        return new Flat(w.blocks, w.textUnder);
    }

    /** Whitespace as a browser collapses it, with no-break and zero-width spaces and controls. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || Character.isISOControl(c);
    }

    /** Hidden by attribute or inline style; a megabyte style is not read. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty() || style.length() > MAX_STYLE) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private static final class Walker implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        final Map<Element, int[]> textUnder = new IdentityHashMap<>();
        /** Text counters of the open elements, innermost on top. */
        final Deque<int[]> open = new ArrayDeque<>();
        /** The open block-level elements, innermost on top. */
        final Deque<Element> owners = new ArrayDeque<>();
        /** Open elements whose tag or class mark furniture, innermost on top. */
        final Deque<Hint> hints = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int linkDepth;
        int linkChars;
        int start = -1;
        int end = -1;
        boolean pendingSpace;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;   // comments, doctype, data nodes
            }
            String name = e.normalName();
            if (INVISIBLE.contains(name) || isHidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCKS.contains(name)) {
                flush();
                if (!name.equals("br") && !name.equals("hr")) {
                    owners.push(e);
                }
            } else if (name.equals("a")) {
                linkDepth++;
            } else if (name.equals("img") || name.equals("input")) {
                pendingSpace = true;
            }
            if (!name.equals("body") && !name.equals("html")) {
                ElementHints.furniture(e).ifPresent(k -> hints.push(new Hint(e, k)));
            }
            open.push(new int[2]);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (BLOCKS.contains(name)) {
                flush();
                if (!owners.isEmpty() && owners.peek() == e) {
                    owners.pop();
                }
            } else if (name.equals("a")) {
                linkDepth--;
            } else {
                pendingSpace = pendingSpace || name.equals("td") || name.equals("img");
            }
            if (!hints.isEmpty() && hints.peek().element() == e) {
                hints.pop();
            }
            int[] mine = open.pop();
            if (mine[0] > 0) {
                textUnder.put(e, mine);
                if (!open.isEmpty()) {
                    open.peek()[0] += mine[0];
                    open.peek()[1] += mine[1];
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(TextNode t) {
            String s = t.getWholeText();
            int before = text.length();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (isSpace(c)) {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && !text.isEmpty()) {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
            }
            int added = text.length() - before;
            if (added == 0) {
                return;
            }
            Range r = t.sourceRange();
            if (r.isTracked()) {
                if (start < 0) {
                    start = r.startPos();
                }
                end = Math.max(end, r.endPos());
            }
            if (linkDepth > 0) {
                linkChars += added;
            }
            if (!open.isEmpty()) {
                open.peek()[0] += added;
                if (linkDepth > 0) {
                    open.peek()[1] += added;
                }
            }
        }

        void flush() {
            if (!text.isEmpty() && !owners.isEmpty()) {
                int s = Math.max(0, start);
                List<Hint> h = new ArrayList<>(Math.min(hints.size(), MAX_HINTS));
                for (Hint hint : hints) {
                    if (h.size() == MAX_HINTS) {
                        break;
                    }
                    h.add(hint);
                }
                blocks.add(new Block(text.toString(), s, Math.max(s, end), linkChars, owners.peek(), blocks.size(), h));
            }
            text.setLength(0);
            linkChars = 0;
            start = -1;
            end = -1;
            pendingSpace = false;
        }
    }
}
