package org.echotrace.eval;

import org.echotrace.cluster.ClaimPoint;
import org.echotrace.model.ClaimKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OneTopicCorporaTest {
    private static final List<EcbDocuments.Document> DOCS = List.of(
            new EcbDocuments.Document("1_1ecb.xml", 1, 1, "a"), new EcbDocuments.Document("1_2ecb.xml", 1, 1, "b"),
            new EcbDocuments.Document("1_3ecbplus.xml", 1, 2, "c"), new EcbDocuments.Document("1_4ecbplus.xml", 1, 2, "d"),
            new EcbDocuments.Document("2_1ecb.xml", 2, 1, "e"), new EcbDocuments.Document("2_2ecbplus.xml", 2, 2, "f"));

    private static List<ClaimPoint> points() {
        List<ClaimPoint> out = new ArrayList<>();
        for (EcbDocuments.Document d : DOCS) {
            out.add(new ClaimPoint(d.name(), 0, d.text(), ClaimKind.OWN, Optional.empty(), Optional.empty(), List.of(), "",
                    Optional.empty(), List.of(), new float[] {1}));
        }
        return out;
    }

    @Test
    void eachTopicIsGroupedFromItsOwnClaimsOnly() {
        List<List<String>> seen = new ArrayList<>();
        OneTopicCorpora.score(DOCS, points(), p -> {
            seen.add(p.stream().map(ClaimPoint::articleId).toList());
            Map<String, String> m = new HashMap<>();
            p.forEach(c -> m.put(c.articleId(), c.articleId()));
            return m;
        });
        assertEquals(List.of(List.of("1_1ecb.xml", "1_2ecb.xml", "1_3ecbplus.xml", "1_4ecbplus.xml"),
                List.of("2_1ecb.xml", "2_2ecbplus.xml")), seen);
    }

    @Test
    void scoresAreAveragedOverTopicsNotDocuments() {
        // Topic 1 told apart exactly (F1 1); topic 2's two stories joined: P 0.5, R 1, F1 2/3.
        BCubed.Score s = OneTopicCorpora.score(DOCS, points(), p -> {
            Map<String, String> m = new HashMap<>();
            p.forEach(c -> m.put(c.articleId(), c.articleId().startsWith("2_") ? "joined"
                    : c.articleId().contains("plus") ? "second" : "first"));
            return m;
        });
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        assertEquals((1 + 2.0 / 3) / 2, s.f1(), 1e-9);
        assertEquals(6, s.items());
    }
}
