package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class QuotedPartsTest {
    @Test
    void answersAsTestingEveryQuotationWould() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<Quotes.Quote> quotes = new ArrayList<>();
            for (int q = random.nextInt(12); q > 0; q--) {
                List<TextSpan> parts = new ArrayList<>();
                int at = random.nextInt(300);
                for (int p = 1 + random.nextInt(3); p > 0; p--) {
                    int end = at + 1 + random.nextInt(40);
                    parts.add(new TextSpan(at, end));
                    at = end + random.nextInt(30);
                }
                quotes.add(new Quotes.Quote(parts, 3));
            }
            org.echotrace.model.SpanIndex quoted = Quotes.parts(quotes);
            for (int offset = -2; offset < 450; offset++) {
                int o = offset;
                assertEquals(quotes.stream().anyMatch(q -> q.contains(o)), quoted.covers(o), "offset " + offset + " of " + quotes);
            }
        }
    }

    @Test
    void aQuotationsEndIsOutsideIt() {
        org.echotrace.model.SpanIndex quoted = Quotes.parts(List.of(new Quotes.Quote(List.of(new TextSpan(10, 20), new TextSpan(30, 40)), 4)));
        assertFalse(quoted.covers(9));
        assertTrue(quoted.covers(10));
        assertTrue(quoted.covers(19));
        assertFalse(quoted.covers(20));
        assertFalse(quoted.covers(25));
        assertTrue(quoted.covers(30));
        assertFalse(quoted.covers(40));
        assertFalse(Quotes.parts(List.of()).covers(0));
    }
}
