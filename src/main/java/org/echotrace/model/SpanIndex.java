package org.echotrace.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Spans of one text, asked which of them overlap, cover or lie inside a given span, without reading
 * them all. Design decision: sorted by start, with the furthest end reached by each prefix, so one
 * binary search answers an overlap (some span begun before the query ends overlaps it exactly when
 * the furthest of their ends passes the query's start), and spans inside a query are read from the
 * first that starts within it. The stages asked these questions of every span per token, mention or
 * relation, which is quadratic in an article's length: a 3 MB article took minutes.
 */
public final class SpanIndex {
    private final int[] order;
    private final int[] starts;
    private final int[] ends;
    private final int[] furthest;
    /** Per prefix in start order: the furthest end, its span's owner, and the furthest end of another owner. */
    private final int[] bestOwner;
    private final int[] secondEnd;

    /** The spans, numbered in the order given (the numbers {@link #anyInside} leaves out), each its own owner. */
    public SpanIndex(Collection<TextSpan> spans) {
        this(spans, null);
    }

    /**
     * The spans with the owner of each ({@code owners[i]} owns span number {@code i}; null: each its
     * own): a relation's content parts are owned by the relation, so {@link #anyContaining} can leave
     * all of one relation's parts out.
     */
    public SpanIndex(Collection<TextSpan> spans, int[] owners) {
        List<TextSpan> given = List.copyOf(spans);
        Integer[] byStart = new Integer[given.size()];
        for (int i = 0; i < byStart.length; i++) {
            byStart[i] = i;
        }
        Arrays.sort(byStart, Comparator.comparingInt(i -> given.get(i).start()));
        order = new int[byStart.length];
        starts = new int[byStart.length];
        ends = new int[byStart.length];
        furthest = new int[byStart.length];
        bestOwner = new int[byStart.length];
        secondEnd = new int[byStart.length];
        int reach = Integer.MIN_VALUE;
        int owner = -1;
        int second = Integer.MIN_VALUE;
        for (int k = 0; k < byStart.length; k++) {
            TextSpan s = given.get(byStart[k]);
            int o = owners == null ? byStart[k] : owners[byStart[k]];
            order[k] = byStart[k];
            starts[k] = s.start();
            ends[k] = s.end();
            if (o == owner) {
                reach = Math.max(reach, s.end());
            } else if (s.end() > reach) {
                second = reach;
                reach = s.end();
                owner = o;
            } else {
                second = Math.max(second, s.end());
            }
            furthest[k] = reach;
            bestOwner[k] = owner;
            secondEnd[k] = second;
        }
    }

    /** The parts of several owners, indexed: owner {@code i} owns the spans of {@code partsByOwner.get(i)}. */
    public static SpanIndex owned(List<List<TextSpan>> partsByOwner) {
        List<TextSpan> parts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < partsByOwner.size(); i++) {
            for (TextSpan p : partsByOwner.get(i)) {
                parts.add(p);
                owners.add(i);
            }
        }
        return new SpanIndex(parts, owners.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether a span whose owner is not {@code exceptOwner} holds all of {@code inner} ({@link TextSpan#contains}). */
    public boolean anyContaining(TextSpan inner, int exceptOwner) {
        int k = lastStartingBefore(inner.start() + 1);
        if (k < 0) {
            return false;
        }
        return (bestOwner[k] != exceptOwner ? furthest[k] : secondEnd[k]) >= inner.end();
    }

    /** Whether a span overlaps {@code span} ({@link TextSpan#overlaps}). */
    public boolean overlapsAny(TextSpan span) {
        int k = lastStartingBefore(span.end());
        return k >= 0 && furthest[k] > span.start();
    }

    /** Whether a span holds the character at {@code offset}. */
    public boolean covers(int offset) {
        int k = lastStartingBefore(offset + 1);
        return k >= 0 && furthest[k] > offset;
    }

    /** Whether a span other than number {@code except} lies inside {@code outer} ({@link TextSpan#contains}). */
    public boolean anyInside(TextSpan outer, int except) {
        for (int k = lastStartingBefore(outer.start()) + 1; k < starts.length && starts[k] <= outer.end(); k++) {
            if (ends[k] <= outer.end() && order[k] != except) {
                return true;
            }
        }
        return false;
    }

    /** The position, in start order, of the last span starting before {@code offset}; -1 if none. */
    private int lastStartingBefore(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
