package org.echotrace.extract.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.junit.jupiter.api.Test;

class SentenceStackTest {
    @Test
    void eachSentenceSeesItsNeighboursItsParagraphAndTheWholeArticle() {
        // Three sentences, the first two in one paragraph; one base score each (the others zero).
        List<Sentence> s = List.of(sentence(0, 0, 0), sentence(1, 0, 10), sentence(2, 1, 20));
        double[][] base = {{1, 0, 0}, {2, 0, 0}, {6, 0, 0}};
        double[][] f = SentenceStack.features(s, base);
        assertEquals(SentenceStack.FEATURES, f[1].length);
        assertEquals(2, f[1][0], 1e-9, "its own score");
        assertEquals(1, f[1][1], 1e-9, "the sentence before");
        assertEquals(6, f[1][2], 1e-9, "the sentence after");
        assertEquals(3, f[1][3], 1e-9, "the article's mean");
        assertEquals(6, f[1][4], 1e-9, "the article's maximum");
        assertEquals(1, f[1][5], 1e-9, "the rest of its paragraph");
        assertEquals(3, f[2][5], 1e-9, "alone in its paragraph: the article's mean");
        assertEquals(3, f[0][1], 1e-9, "the first sentence has none before: the article's mean");
        assertEquals(1, f[0][f[0].length - 3], 1e-9, "the title flag");
    }

    private static Sentence sentence(int index, int paragraph, int start) {
        return new Sentence(index, paragraph, new TextSpan(start, start + 4),
                List.of(new Token(new TextSpan(start, start + 4), "word", "NOUN")));
    }
}
