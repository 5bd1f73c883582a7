package org.echotrace.link.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class SpanSetTest {
    @Test
    void answersAsTestingEverySpanWould() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<TextSpan> spans = new ArrayList<>();
            for (int n = random.nextInt(15); n > 0; n--) {
                int start = random.nextInt(200);
                spans.add(new TextSpan(start, start + 1 + random.nextInt(random.nextInt(4) == 0 ? 80 : 10)));
            }
            SpanSet set = new SpanSet(spans);
            for (int q = 0; q < 200; q++) {
                int start = random.nextInt(260) - 20;
                TextSpan query = new TextSpan(Math.max(0, start), Math.max(0, start) + 1 + random.nextInt(12));
                assertEquals(spans.stream().anyMatch(s -> s.overlaps(query)), set.overlapsAny(query), query + " against " + spans);
            }
        }
    }

    @Test
    void touchingIsNotOverlapping() {
        SpanSet set = new SpanSet(List.of(new TextSpan(10, 20), new TextSpan(10, 12)));
        assertFalse(set.overlapsAny(new TextSpan(20, 25)));
        assertFalse(set.overlapsAny(new TextSpan(5, 10)));
        assertTrue(set.overlapsAny(new TextSpan(19, 21)));
        assertFalse(new SpanSet(List.of()).overlapsAny(new TextSpan(0, 5)));
    }
}
