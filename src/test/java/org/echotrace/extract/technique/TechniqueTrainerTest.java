package org.echotrace.extract.technique;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.junit.jupiter.api.Test;

class TechniqueTrainerTest {
    @Test
    void overlappingSpansMergeAndTouchingOnesStayApart() {
        List<TextSpan> merged = TechniqueTrainer.merge(List.of(new TextSpan(10, 20), new TextSpan(0, 5),
                new TextSpan(15, 30), new TextSpan(5, 8)));
        assertEquals(List.of(new TextSpan(0, 5), new TextSpan(5, 8), new TextSpan(10, 30)), merged);
    }

    @Test
    void tokensTouchingAFragmentAreInItAndEachFragmentBeginsWithB() {
        // "They are vile liars and cowards" with fragments "vile liar" (cut mid-word) and "cowards".
        List<Token> toks = List.of(tok(0, 4, "They"), tok(5, 8, "are"), tok(9, 13, "vile"), tok(14, 19, "liars"),
                tok(20, 23, "and"), tok(24, 31, "cowards"));
        int[] tags = TechniqueTrainer.tags(toks, List.of(new TextSpan(9, 18), new TextSpan(24, 31)));
        assertArrayEquals(new int[] {SpanTagger.O, SpanTagger.O, SpanTagger.B, SpanTagger.I, SpanTagger.O, SpanTagger.B}, tags);
    }

    private static Token tok(int s, int e, String t) {
        return new Token(new TextSpan(s, e), t, "X");
    }
}
