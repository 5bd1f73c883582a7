package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllScorerTest {
    private static ConllScorer scored(String[][]... sentences) {
        ConllScorer s = new ConllScorer();
        for (String[][] sentence : sentences) {
            s.add(List.of(sentence[0]), List.of(sentence[1]));
        }
        return s;
    }

    /**
     * Worked by hand as conlleval.pl counts: gold chunks John Smith/PER, New York/LOC, Acme
     * Corp/ORG, Bob/PER; guessed John Smith/PER, New/LOC, Acme Corp/ORG, "hired Bob"/PER. Two of
     * four are right both ways: P = R = F1 = 50%; 8 of 10 tokens carry the gold tag (accuracy 80%).
     */
    @Test
    void reproducesConllevalArithmeticOnAHandExample() {
        ConllScorer s = scored(
                new String[][]{{"B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O"}, {"B-PER", "I-PER", "O", "B-LOC", "O", "O"}},
                new String[][]{{"I-ORG", "I-ORG", "O", "I-PER"}, {"I-ORG", "I-ORG", "I-PER", "I-PER"}});
        assertEquals(new ConllScorer.Counts(4, 4, 2), s.overall());
        assertEquals(0.5, s.overall().precision(), 1e-9);
        assertEquals(0.5, s.overall().f1(), 1e-9);
        assertEquals(0.8, s.accuracy(), 1e-9);
        assertEquals(new ConllScorer.Counts(1, 1, 0), s.byType().get("LOC"));
        assertEquals(new ConllScorer.Counts(1, 1, 1), s.byType().get("ORG"));
        assertEquals(new ConllScorer.Counts(2, 2, 1), s.byType().get("PER"));
    }

    @Test
    void iob1AndIob2SpellingsOfTheSameChunksScoreAsEqual() {
        ConllScorer s = scored(new String[][]{{"I-PER", "I-PER", "B-PER", "O", "I-LOC"}, {"B-PER", "I-PER", "B-PER", "O", "B-LOC"}});
        assertEquals(new ConllScorer.Counts(3, 3, 3), s.overall());
    }

    @Test
    void aSentenceBreakClosesAChunk() {
        ConllScorer s = scored(new String[][]{{"O", "I-LOC"}, {"O", "I-LOC"}}, new String[][]{{"I-LOC", "O"}, {"I-LOC", "O"}});
        assertEquals(new ConllScorer.Counts(2, 2, 2), s.overall());
    }

    @Test
    void rightBoundariesWithTheWrongTypeDoNotCount() {
        ConllScorer s = scored(new String[][]{{"B-ORG", "I-ORG", "O"}, {"B-LOC", "I-LOC", "O"}});
        assertEquals(new ConllScorer.Counts(1, 1, 0), s.overall());
        assertEquals(0, s.overall().f1(), 1e-9);
    }

    @Test
    void aGuessThatRunsPastTheGoldEndIsWrong() {
        ConllScorer s = scored(new String[][]{{"B-PER", "O", "O"}, {"B-PER", "I-PER", "O"}});
        assertEquals(new ConllScorer.Counts(1, 1, 0), s.overall());
    }

    @Test
    void noGuessesGivePrecisionZeroNotAnError() {
        ConllScorer s = scored(new String[][]{{"B-PER"}, {"O"}});
        assertEquals(0, s.overall().precision(), 1e-9);
        assertEquals(0, s.overall().recall(), 1e-9);
    }
}
