package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingScoreTest {
    private static List<RankingScore.Scored> run(Object... docAndScore) {
        List<RankingScore.Scored> out = new java.util.ArrayList<>();
        for (int i = 0; i < docAndScore.length; i += 2) {
            out.add(new RankingScore.Scored((String) docAndScore[i], ((Number) docAndScore[i + 1]).doubleValue()));
        }
        return out;
    }

    @Test
    void averagePrecisionAtKDividesByAllRelevantNotByK() {
        RankingScore s = new RankingScore(Map.of("q", Set.of("a", "b")));
        s.add("q", run("x", 0.9, "a", 0.8, "y", 0.7, "b", 0.6));
        // a at rank 2 (precision 1/2), b at rank 4 (2/4): AP@5 = (0.5 + 0.5) / 2, AP@3 = 0.5 / 2.
        assertEquals(0.5, s.meanAveragePrecision(5), 1e-9);
        assertEquals(0.25, s.meanAveragePrecision(3), 1e-9);
        assertEquals(0.0, s.meanAveragePrecision(1), 1e-9);
        assertEquals(0.5, s.meanReciprocalRank(), 1e-9);
        assertEquals(2.0 / 5, s.precision(5), 1e-9);
    }

    @Test
    void rowsAreReorderedByScoreWithTiesByNumericIdDescendingAsTrectoolsDoes() {
        RankingScore s = new RankingScore(Map.of("q", Set.of("9")));
        // Given in rank order 10, 9; equal scores: trec_eval order puts the larger id first.
        s.add("q", run("9", 1.0, "10", 1.0));
        assertEquals(0.5, s.meanReciprocalRank(), 1e-9);
        RankingScore byScore = new RankingScore(Map.of("q", Set.of("b")));
        byScore.add("q", run("a", 0.1, "b", 0.2));
        assertEquals(1.0, byScore.precision(1), 1e-9);
    }

    @Test
    void meansCountOnlyQueriesInBothTheRunAndTheGoldAndAMissIsZero() {
        RankingScore s = new RankingScore(Map.of("q1", Set.of("a"), "q2", Set.of("a"), "q3", Set.of("a")));
        s.add("q1", run("a", 1.0));
        s.add("q2", run("b", 1.0));
        s.add("q9", run("a", 1.0));
        assertEquals(2, s.queries());
        assertEquals(0.5, s.meanAveragePrecision(5), 1e-9);
        assertEquals(0.5, s.meanReciprocalRank(), 1e-9);
    }
}
