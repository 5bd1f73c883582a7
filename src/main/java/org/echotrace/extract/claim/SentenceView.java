package org.echotrace.extract.claim;

import org.echotrace.model.Sentence;

import java.util.List;

/** A sentence's words with, per token, whether it lies inside a quotation: what the learned decisions read. */
record SentenceView(Words words, boolean[] inQuote) {
    static SentenceView of(Sentence s, List<Quotes.Quote> quotes) {
        Words w = new Words(s);
        boolean[] q = new boolean[w.size()];
        for (int i = 0; i < q.length; i++) {
            for (Quotes.Quote quote : quotes) {
                if (quote.contains(w.start(i))) {
                    q[i] = true;
                    break;
                }
            }
        }
        return new SentenceView(w, q);
    }
}
