package org.echotrace.extract.claim;

import org.echotrace.model.Sentence;
import org.echotrace.model.SpanIndex;

/** A sentence's words with, per token, whether it lies inside a quotation: what the learned decisions read. */
record SentenceView(Words words, boolean[] inQuote) {
    static SentenceView of(Sentence s, SpanIndex quoted) {
        Words w = new Words(s);
        boolean[] q = new boolean[w.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = quoted.covers(w.start(i));
        }
        return new SentenceView(w, q);
    }
}
