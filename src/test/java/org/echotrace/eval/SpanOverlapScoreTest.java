package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class SpanOverlapScoreTest {
    private static TextSpan s(int start, int end) {
        return new TextSpan(start, end);
    }

    /**
     * The organisers' scorer README (tools/README.md of the task's scorers) scores its example
     * submission (0-50, 161-172, 0-10, 115-167) against its example gold (0-59, 171-181, 0-9, 115-167,
     * 740-759) with -m: Precision=1.929825/2=0.964912, Recall=1.947458/4=0.486864, F1=0.647181.
     */
    @Test
    void reproducesTheOrganisersPublishedExample() {
        SpanOverlapScore score = new SpanOverlapScore();
        score.add(List.of(s(0, 50), s(161, 172), s(0, 10), s(115, 167)),
                List.of(s(0, 59), s(171, 181), s(0, 9), s(115, 167), s(740, 759)));
        assertEquals(0.964912, score.precision(), 1e-6);
        assertEquals(0.486864, score.recall(), 1e-6);
        assertEquals(0.647181, score.f1(), 1e-6);
    }

    @Test
    void exactSpansScoreOne() {
        SpanOverlapScore score = new SpanOverlapScore();
        score.add(List.of(s(3, 9), s(20, 30)), List.of(s(20, 30), s(3, 9)));
        assertEquals(1.0, score.f1(), 1e-12);
    }

    @Test
    void partialOverlapEarnsItsShareOnEachSide() {
        SpanOverlapScore score = new SpanOverlapScore();
        score.add(List.of(s(0, 10)), List.of(s(5, 25)));
        assertEquals(0.5, score.precision(), 1e-12);
        assertEquals(0.25, score.recall(), 1e-12);
    }

    @Test
    void adjacentSpansAreNotMergedButOverlappingOnesAre() {
        SpanOverlapScore score = new SpanOverlapScore();
        score.add(List.of(s(0, 5), s(5, 10), s(20, 30), s(25, 35)), List.of(s(0, 10), s(20, 35)));
        assertEquals(3L, score.metrics().get("predicted_spans"));
        assertEquals(1.0, score.precision(), 1e-12);
        assertEquals(1.0, score.recall(), 1e-12);
    }

    @Test
    void articlesAddUpAndEmptyPredictionsCostRecall() {
        SpanOverlapScore score = new SpanOverlapScore();
        score.add(List.of(s(0, 4)), List.of(s(0, 4)));
        score.add(List.of(), List.of(s(0, 4)));
        assertEquals(1.0, score.precision(), 1e-12);
        assertEquals(0.5, score.recall(), 1e-12);
        assertEquals(2 * 0.5 / 1.5, score.f1(), 1e-12);
    }

    @Test
    void nothingOnEitherSideIsPerfectAsTheOfficialScorerHasIt() {
        SpanOverlapScore score = new SpanOverlapScore();
        score.add(List.of(), List.of());
        assertEquals(1.0, score.f1(), 1e-12);
    }
}
