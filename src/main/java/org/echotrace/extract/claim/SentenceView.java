package org.echotrace.extract.claim;

import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A sentence's words with, per token, whether it lies inside a quotation: what the learned decisions read. */
record SentenceView(Words words, boolean[] inQuote) {
    /**
     * Design decision: one sweep over the quotations' parts that touch the sentence, sorted by start (a
     * token is inside a quotation when the furthest end of the parts begun by its offset lies beyond
     * it), not a test of every token against every quotation: a transcript paragraph of 8,000 short
     * quotations made that 300 million tests a sentence.
     */
    static SentenceView of(Sentence s, List<Quotes.Quote> quotes) {
        Words w = new Words(s);
        boolean[] q = new boolean[w.size()];
        List<TextSpan> parts = new ArrayList<>();
        for (Quotes.Quote quote : quotes) {
            for (TextSpan p : quote.parts()) {
                if (p.start() < s.span().end() && p.end() > s.span().start()) {
                    parts.add(p);
                }
            }
        }
        parts.sort(Comparator.comparingInt(TextSpan::start));
        int next = 0;
        int furthest = Integer.MIN_VALUE;
        for (int i = 0; i < q.length; i++) {
            int at = w.start(i);
            while (next < parts.size() && parts.get(next).start() <= at) {
                furthest = Math.max(furthest, parts.get(next).end());
                next++;
            }
            q[i] = at < furthest;
        }
        return new SentenceView(w, q);
    }
}
