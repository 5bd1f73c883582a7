package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

class BgeEmbedderTest {
    @Test
    void aClaimWithTheQueryInstructionLandsNearerItsFactCheckThanAnUnrelatedOne() {
        TextEmbedder bge = TextEmbedder.bgeSmall();
        List<float[]> cases = bge.embed(List.of("Vaccines contain microchips that track people.",
                "A shark was photographed swimming on a flooded highway."));
        float[] claim = bge.forQueries().embed(List.of("they put tracking chips in the covid vaccine!!")).get(0);
        assertEquals(384, claim.length);
        assertEquals(1.0, VectorUtil.dotProduct(claim, claim), 1e-4);
        assertTrue(VectorUtil.dotProduct(claim, cases.get(0)) > VectorUtil.dotProduct(claim, cases.get(1)) + 0.1);
    }

    @Test
    void queryVectorsAreCachedApartFromCaseVectorsWhileMiniLmEmbedsBothAlike() {
        TextEmbedder bge = TextEmbedder.bgeSmall();
        assertNotEquals(bge.model(), bge.forQueries().model());
        TextEmbedder minilm = TextEmbedder.miniLm();
        assertEquals(minilm.model(), minilm.forQueries().model());
    }
}
