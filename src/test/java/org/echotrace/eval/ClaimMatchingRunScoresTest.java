package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echotrace.link.cases.CaseMatch;
import org.echotrace.model.KnownCase;
import org.junit.jupiter.api.Test;

class ClaimMatchingRunScoresTest {
    private static CaseMatch match(String id, int rank, double score) {
        KnownCase c = new KnownCase(id, "t" + id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "test", List.of(), List.of());
        return new CaseMatch(c, rank, score, 0, 0);
    }

    @Test
    void copiesWithOneScoreKeepTheMatchersOrderUnderTheTasksTieBreak() {
        List<CaseMatch> ranked = List.of(match("599", 1, 2.5), match("8186", 2, 2.5), match("7", 3, 1.0));
        double[] s = ClaimMatchingEvaluation.runScores(ranked);
        assertEquals(2.5, s[0]);
        assertTrue(s[0] > s[1] && s[1] > s[2], java.util.Arrays.toString(s));
        assertEquals(1.0, s[2]);
        RankingScore score = new RankingScore(Map.of("q", Set.of("599")));
        score.add("q", List.of(new RankingScore.Scored("599", s[0]), new RankingScore.Scored("8186", s[1]),
                new RankingScore.Scored("7", s[2])));
        assertEquals(1.0, score.meanAveragePrecision(1));
    }
}
