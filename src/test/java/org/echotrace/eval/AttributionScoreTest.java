package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.echotrace.model.CueType;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionScoreTest {
    private static final String TEXT = "The ministry said that five militants were killed. \"It is over,\" he said.";

    private static AttributionScore.Rel rel(int[] src, int[] cue, int[]... content) {
        List<TextSpan> c = java.util.Arrays.stream(content).map(x -> new TextSpan(x[0], x[1])).toList();
        return new AttributionScore.Rel(src == null ? Optional.empty() : Optional.of(List.of(new TextSpan(src[0], src[1]))),
                List.of(new TextSpan(cue[0], cue[1])), c, CueType.INDIRECT);
    }

    @Test
    void aRelationMatchesOnOverlappingCueAndContentOnce() {
        AttributionScore s = new AttributionScore();
        AttributionScore.Rel gold1 = rel(new int[] {0, 12}, new int[] {13, 17}, new int[] {18, 49});
        AttributionScore.Rel gold2 = rel(new int[] {66, 68}, new int[] {69, 73}, new int[] {51, 64});
        // One right (content shorter but overlapping), one duplicate of it, one with the wrong content.
        AttributionScore.Rel p1 = rel(new int[] {4, 12}, new int[] {13, 17}, new int[] {23, 49});
        AttributionScore.Rel p2 = rel(new int[] {4, 12}, new int[] {13, 17}, new int[] {23, 49});
        AttributionScore.Rel p3 = rel(new int[] {66, 68}, new int[] {69, 73}, new int[] {0, 3});
        s.add(TEXT, List.of(p1, p2, p3), List.of(gold1, gold2));
        assertEquals(3, s.relations.predicted);
        assertEquals(2, s.relations.gold);
        assertEquals(1, s.relations.matchedPredicted, "a gold relation is matched once");
        assertEquals(1.0 / 3, s.relations.precision(), 1e-9);
        assertEquals(0.5, s.relations.recall(), 1e-9);
        assertEquals(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5), s.relations.f1(), 1e-9);
        assertEquals(0, s.roles.get("content_exact").matchedGold, "a shorter content overlaps but is not exact");
        assertEquals(1, s.roles.get("content_overlap").matchedGold);
    }

    @Test
    void exactSpansIgnoreSurroundingWhitespaceOnly() {
        AttributionScore s = new AttributionScore();
        AttributionScore.Rel gold = rel(null, new int[] {13, 17}, new int[] {18, 49});
        AttributionScore.Rel pred = rel(null, new int[] {12, 17}, new int[] {18, 50});
        s.add(TEXT, List.of(pred), List.of(gold));
        assertEquals(1, s.roles.get("cue_exact").matchedGold);
        assertEquals(0, s.roles.get("content_exact").matchedGold, "a full stop more is another span");
        assertEquals(1, s.roles.get("content_overlap").matchedGold);
    }

    @Test
    void goldCueTypesAreReadFromTheText() {
        assertEquals(CueType.DIRECT, AttributionScore.goldType(TEXT, Optional.of(List.of(new TextSpan(66, 68))),
                List.of(new TextSpan(69, 73)), List.of(new TextSpan(51, 64))));
        assertEquals(CueType.OTHER, AttributionScore.goldType(TEXT, Optional.empty(),
                List.of(new TextSpan(13, 17)), List.of(new TextSpan(18, 49))));
    }

    @Test
    void twoApostrophesQuoteLikeADoubleQuote() {
        String text = "''We won,'' she said. 'Tis so, she said.";
        assertEquals(CueType.DIRECT, AttributionScore.goldType(text, Optional.of(List.of(new TextSpan(12, 15))),
                List.of(new TextSpan(16, 20)), List.of(new TextSpan(0, 11))));
        assertEquals(CueType.INDIRECT, AttributionScore.goldType(text, Optional.of(List.of(new TextSpan(31, 34))),
                List.of(new TextSpan(35, 39)), List.of(new TextSpan(22, 29))));
    }

    @Test
    void readsDiscontinuousBratSpansAndReportsBadLines(@TempDir Path tmp) throws Exception {
        Path ann = tmp.resolve("a_x.ann");
        Files.writeString(ann, "T1\tSource 0 12\tThe ministry\nT2\tCue 13 17\tsaid\nT3\tContent 18 30;31 49\tx\n"
                + "T4\tSource oops\n" + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nE2\tAttribution:T9 Cue:T2\n");
        BratAttributions.Parsed p = BratAttributions.read(ann);
        assertEquals(1, p.relations().size());
        assertEquals(List.of(new TextSpan(18, 30), new TextSpan(31, 49)), p.relations().get(0).content());
        assertEquals(2, p.problems().size(), p.problems().toString());
    }
}
