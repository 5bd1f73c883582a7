package org.echotrace.clean;

import java.util.List;
import org.echotrace.model.SegmentKind;

/**
 * The lines of one article and the kind given to each so far. Rules run in order and only label
 * lines still open, so an earlier, more specific rule always wins over a later, more general one.
 */
final class Labelling {
    final List<Line> lines;
    private final SegmentKind[] kinds;

    Labelling(List<Line> lines) {
        this.lines = lines;
        this.kinds = new SegmentKind[lines.size()];
    }

    int size() {
        return lines.size();
    }

    Line line(int i) {
        return lines.get(i);
    }

    boolean isOpen(int i) {
        return kinds[i] == null;
    }

    SegmentKind kind(int i) {
        return kinds[i];
    }

    void set(int i, SegmentKind kind) {
        kinds[i] = kind;
    }

    /** Labels line {@code i} only if no earlier rule has. */
    void offer(int i, SegmentKind kind) {
        if (kinds[i] == null) {
            kinds[i] = kind;
        }
    }

    /** An open line that anchors the article: running prose that is not a web-address notice. */
    boolean isAnchor(int i) {
        Line l = lines.get(i);
        return kinds[i] == null && l.isProse() && !l.hasDomain;
    }

    /** Index of the first anchor, or -1. */
    int firstAnchor() {
        for (int i = 0; i < kinds.length; i++) {
            if (isAnchor(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last anchor, or -1. */
    int lastAnchor() {
        for (int i = kinds.length - 1; i >= 0; i--) {
            if (isAnchor(i)) {
                return i;
            }
        }
        return -1;
    }
}
