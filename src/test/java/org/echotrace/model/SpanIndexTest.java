package org.echotrace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpanIndexTest {
    @Test
    void answersAsReadingEverySpanWould() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<TextSpan> spans = new ArrayList<>();
            for (int n = random.nextInt(15); n > 0; n--) {
                int start = random.nextInt(200);
                spans.add(new TextSpan(start, start + random.nextInt(random.nextInt(4) == 0 ? 80 : 10)));
            }
            SpanIndex index = new SpanIndex(spans);
            for (int q = 0; q < 200; q++) {
                int start = Math.max(0, random.nextInt(260) - 20);
                TextSpan query = new TextSpan(start, start + random.nextInt(30));
                int except = random.nextInt(spans.size() + 1) - 1;
                assertEquals(spans.stream().anyMatch(s -> s.overlaps(query)), index.overlapsAny(query), query + " against " + spans);
                assertEquals(IntStream.range(0, spans.size()).anyMatch(i -> i != except && query.contains(spans.get(i))),
                        index.anyInside(query, except), query + " but " + except + " against " + spans);
                assertEquals(spans.stream().anyMatch(s -> s.start() <= start && start < s.end()), index.covers(start),
                        start + " against " + spans);
            }
        }
    }

    @Test
    void aContainingSpanOfAnotherOwnerIsFoundAsReadingEverySpanWould() {
        Random random = new Random(9);
        for (int round = 0; round < 300; round++) {
            List<TextSpan> spans = new ArrayList<>();
            int n = random.nextInt(15);
            int[] owners = new int[n];
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(200);
                spans.add(new TextSpan(start, start + random.nextInt(random.nextInt(3) == 0 ? 90 : 12)));
                owners[i] = random.nextInt(5);
            }
            SpanIndex index = new SpanIndex(spans, owners);
            for (int q = 0; q < 200; q++) {
                int start = Math.max(0, random.nextInt(240) - 20);
                TextSpan inner = new TextSpan(start, start + random.nextInt(6));
                int except = random.nextInt(6) - 1;
                assertEquals(IntStream.range(0, n).anyMatch(i -> owners[i] != except && spans.get(i).contains(inner)),
                        index.anyContaining(inner, except), inner + " but owner " + except + " against " + spans);
            }
        }
    }

    @Test
    void touchingIsNotOverlappingAndAnEndIsNotCovered() {
        SpanIndex index = new SpanIndex(List.of(new TextSpan(10, 20), new TextSpan(10, 12)));
        assertFalse(index.overlapsAny(new TextSpan(20, 25)));
        assertFalse(index.overlapsAny(new TextSpan(5, 10)));
        assertTrue(index.overlapsAny(new TextSpan(19, 21)));
        assertTrue(index.covers(10));
        assertTrue(index.covers(19));
        assertFalse(index.covers(20));
        assertTrue(index.anyInside(new TextSpan(10, 12), 0));
        assertFalse(index.anyInside(new TextSpan(10, 12), 1));
        assertFalse(new SpanIndex(List.of()).overlapsAny(new TextSpan(0, 5)));
    }
}
