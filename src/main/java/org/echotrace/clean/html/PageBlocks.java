package org.echotrace.clean.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echotrace.model.SegmentKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The blocks of one page being labelled, with the main-text roots found for it. Rules read and label
 * blocks through it; a block labelled by an earlier rule is closed to later ones.
 */
final class PageBlocks {
    final List<Block> blocks;
    final Map<Element, int[]> textUnder;
    final List<Element> roots;
    private final Set<Element> inside;
    /** Index of the first and last block inside the main text, -1 when there is none. */
    final int firstInside;
    final int lastInside;

    PageBlocks(BlockFlattener.Flat flat, List<Element> roots) {
        this.blocks = flat.blocks();
        this.textUnder = flat.textUnder();
        this.roots = roots;
        Set<Element> in = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element root : roots) {
            NodeTraversor.traverse((NodeVisitor) (Node node, int depth) -> {
                if (node instanceof Element e) {
                    in.add(e);
                }
            }, root);
        }
        this.inside = in;
        int first = -1;
        int last = -1;
        for (Block b : blocks) {
            if (in.contains(b.owner)) {
                if (first < 0) {
                    first = b.index;
                }
                last = b.index;
            }
        }
        this.firstInside = first;
        this.lastInside = last;
    }

    boolean inside(Block b) {
        return inside.contains(b.owner);
    }

    boolean inside(Element e) {
        return inside.contains(e);
    }

    boolean isRoot(Element e) {
        for (Element r : roots) {
            if (r == e) {
                return true;
            }
        }
        return false;
    }

    int textChars(Element e) {
        int[] t = textUnder.get(e);
        return t == null ? 0 : t[0];
    }

    /** Overrides an earlier rule's label; only for rules that look at the labels of the whole page. */
    void relabel(Block b, SegmentKind kind) {
        b.kind = kind;
    }

    void set(Block b, SegmentKind kind) {
        if (b.kind == null) {
            b.kind = kind;
        }
    }
}
