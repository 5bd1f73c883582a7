package org.echotrace.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of a page, one block per line with a blank line between blocks, exactly as
 * {@link BlockFlattener} breaks it, but without what only labelling needs: no source positions,
 * furniture marks, link counts or text sums per element.
 *
 * <p>Design decision: a corpus {@link org.echotrace.clean.LineProfile} parses every page once more
 * before any page is cleaned, so this pass is kept to the line breaking alone; it shares the
 * element sets and whitespace rule of {@link BlockFlattener}, so both see the same lines.
 */
final class VisibleLines implements NodeFilter {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    /** Open block-level elements that own text (all but br and hr). */
    private int owners;
    private boolean pendingSpace;

    private VisibleLines() {
    }

    static String of(Element root) {
        VisibleLines v = new VisibleLines();
        NodeTraversor.filter(v, root);
        v.flush();
        return v.out.toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String name = e.normalName();
        if (BlockFlattener.INVISIBLE.contains(name) || BlockFlattener.isHidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BlockFlattener.BLOCKS.contains(name)) {
            flush();
            if (!name.equals("br") && !name.equals("hr")) {
                owners++;
            }
        } else if (name.equals("img") || name.equals("input")) {
            pendingSpace = true;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String name = e.normalName();
            if (BlockFlattener.BLOCKS.contains(name)) {
                flush();
                if (!name.equals("br") && !name.equals("hr")) {
                    owners--;
                }
            } else if (!name.equals("a")) {
                pendingSpace = pendingSpace || name.equals("img");
            }
        }
        return FilterResult.CONTINUE;
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (BlockFlattener.isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !line.isEmpty()) {
                line.append(' ');
            }
            pendingSpace = false;
            line.append(c);
        }
    }

    private void flush() {
        if (!line.isEmpty() && owners > 0) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(line);
        }
        line.setLength(0);
        pendingSpace = false;
    }
}
