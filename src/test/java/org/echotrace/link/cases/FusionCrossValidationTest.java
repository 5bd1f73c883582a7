package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.echotrace.model.KnownCase;
import org.junit.jupiter.api.Test;

class FusionCrossValidationTest {
    private static KnownCase known(String id, String title) {
        return new KnownCase(id, title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2019, 1, 1)), Optional.empty(), "test", List.of(), List.of());
    }

    @Test
    void foldsAreDealtFromOneSeededShuffleAndDifferInSizeByAtMostOne() {
        int[] a = FusionCrossValidation.assign(23, 5, FusionCrossValidation.SEED);
        assertEquals(Arrays.toString(a), Arrays.toString(FusionCrossValidation.assign(23, 5, FusionCrossValidation.SEED)));
        int[] sizes = new int[5];
        for (int f : a) {
            sizes[f]++;
        }
        assertEquals(4, Arrays.stream(sizes).min().orElseThrow());
        assertEquals(5, Arrays.stream(sizes).max().orElseThrow());
        int[] inOrder = new int[23];
        Arrays.setAll(inOrder, i -> i % 5);
        assertTrue(!Arrays.equals(inOrder, a), "shuffled, not dealt in input order: " + Arrays.toString(a));
    }

    @Test
    void everyClaimIsRankedOutOfFoldAndTheRankingRepeats() {
        List<KnownCase> cases = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        List<Set<String>> gold = new ArrayList<>();
        String[] topics = {"koalas", "vaccines", "ballots", "sharks", "drones", "tariffs"};
        for (int i = 0; i < topics.length; i++) {
            cases.add(known("c" + i, "Photos show " + topics[i] + " in the flooded streets of Houston"));
            claims.add("look at these " + topics[i] + " in Houston");
            gold.add(Set.of("c" + i));
        }
        try (CaseMatcher m = CaseMatcher.build(cases, new ByteBuffersDirectory(), new HashingEmbedder(),
                VectorCache.inMemory(), Fusion.DEFAULT)) {
            FusionCrossValidation cv = FusionCrossValidation.of(m, claims, gold, 3);
            List<List<CaseMatch>> ranked = cv.outOfFold(Set.of(), 2);
            assertEquals(topics.length, ranked.size());
            for (int i = 0; i < topics.length; i++) {
                assertEquals(2, ranked.get(i).size());
                assertEquals("c" + i, ranked.get(i).get(0).knownCase().id(), claims.get(i));
            }
            assertEquals(ranked, cv.outOfFold(Set.of(), 2));
            assertEquals(ranked.get(0).get(0).knownCase(), cv.rankedBy(Fusion.BM25_ONLY, 1).get(0).get(0).knownCase());
            assertThrows(IllegalArgumentException.class, () -> FusionCrossValidation.of(m, claims, gold, 1));
        }
    }

    @Test
    void namedWeightsLeaveOtherFeaturesAtZeroAndRejectUnknownNames() {
        LinearFusion f = LinearFusion.of(Map.of("cos_title_e5", 2.0));
        double[] x = new double[Candidate.FEATURES.size()];
        x[Candidate.cosTitle(2)] = 0.5;
        x[Candidate.BM25_ALL] = 9;
        assertEquals(1.0, f.score(x), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> LinearFusion.of(Map.of("cos_title_gpt", 1.0)));
    }
}
