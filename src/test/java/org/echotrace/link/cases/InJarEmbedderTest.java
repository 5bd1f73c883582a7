package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class InJarEmbedderTest {
    private static TextEmbedder model(String name) {
        return name.equals("bge") ? TextEmbedder.bgeSmall() : TextEmbedder.e5Small();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bge", "e5"})
    void aClaimMarkedAsAQueryLandsNearerItsFactCheckThanAnUnrelatedOne(String name) {
        TextEmbedder m = model(name);
        List<float[]> cases = m.embed(List.of("Vaccines contain microchips that track people.",
                "A shark was photographed swimming on a flooded highway."));
        float[] claim = m.forQueries().embed(List.of("they put tracking chips in the covid vaccine!!")).get(0);
        assertEquals(384, claim.length);
        assertEquals(1.0, VectorUtil.dotProduct(claim, claim), 1e-4);
        assertTrue(VectorUtil.dotProduct(claim, cases.get(0)) > VectorUtil.dotProduct(claim, cases.get(1)) + 0.1);
    }

    @Test
    void queryVectorsAreCachedApartFromCaseVectorsWhileMiniLmEmbedsBothAlike() {
        for (TextEmbedder m : List.of(TextEmbedder.bgeSmall(), TextEmbedder.e5Small())) {
            assertNotEquals(m.model(), m.forQueries().model());
        }
        assertNotEquals(TextEmbedder.bgeSmall().model(), TextEmbedder.e5Small().model());
        TextEmbedder minilm = TextEmbedder.miniLm();
        assertEquals(minilm.model(), minilm.forQueries().model());
    }
}
