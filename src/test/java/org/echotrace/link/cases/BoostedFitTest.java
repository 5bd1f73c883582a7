package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoostedFitTest {
    /** Claims whose relevant candidate has a middling value of the first cosine, the others an extreme one. */
    private static List<List<Candidate>> claims(List<boolean[]> labels) {
        List<List<Candidate>> out = new ArrayList<>();
        for (int q = 0; q < 40; q++) {
            List<Candidate> c = new ArrayList<>();
            double[] values = {0.05 + q * 0.001, 0.5, 0.95 - q * 0.001, 0.1, 0.9};
            boolean[] rel = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                double[] x = new double[Candidate.FEATURES.size()];
                x[Candidate.cosTitle(0)] = values[i];
                c.add(new Candidate(i, x));
                rel[i] = i == 1;
            }
            out.add(c);
            labels.add(rel);
        }
        return out;
    }

    private static int firstRight(Fusion f, List<List<Candidate>> claims) {
        int right = 0;
        for (List<Candidate> c : claims) {
            Candidate best = c.get(0);
            for (Candidate x : c) {
                if (f.score(x.features()) > f.score(best.features())) {
                    best = x;
                }
            }
            right += best.ord() == 1 ? 1 : 0;
        }
        return right;
    }

    @Test
    void treesLearnWhatAWeightedSumCannotAMiddleValueBeatingBothExtremes() {
        List<boolean[]> labels = new ArrayList<>();
        List<List<Candidate>> claims = claims(labels);
        LinearFusion linear = LinearFusion.of(Map.of("cos_title_minilm", 1.0));
        assertEquals(0, firstRight(linear, claims));
        BoostedFusion boosted = BoostedFit.fit(linear, claims, labels, BoostedFit.Settings.of(30, 2));
        assertEquals(30, boosted.trees().size());
        assertEquals(40, firstRight(boosted, claims));
        assertEquals(0, firstRight(boosted.first(0), claims));
        BoostedFusion again = BoostedFit.fit(linear, claims, labels, BoostedFit.Settings.of(30, 2));
        for (List<Candidate> c : claims) {
            for (Candidate x : c) {
                assertEquals(boosted.score(x.features()), again.score(x.features()), "deterministic");
            }
        }
    }

    @Test
    void aFittedFusionReadsBackFromItsFileScoringAlike(@TempDir Path dir) throws Exception {
        List<boolean[]> labels = new ArrayList<>();
        List<List<Candidate>> claims = claims(labels);
        BoostedFusion boosted = BoostedFit.fit(LinearFusion.of(Map.of("bm25_all", 0.5, "cos_title_minilm", 1.0)), claims,
                labels, BoostedFit.Settings.of(5, 3));
        Path file = dir.resolve("fusion.tsv");
        FusionFile.write(boosted, file, List.of("fitted on a made-up problem"));
        Fusion read = FusionFile.parse(Files.readString(file), "fusion.tsv");
        for (List<Candidate> c : claims) {
            for (Candidate x : c) {
                assertEquals(boosted.score(x.features()), read.score(x.features()), 1e-12);
            }
        }
    }

    @Test
    void aFusionFileNamingAnUnknownFeatureIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FusionFile.parse("# header\nweight\tbm25_all\t1.0\nweight\tcos_gpt\t2\n", "f.tsv"));
        assertTrue(e.getMessage().startsWith("f.tsv:3: no feature 'cos_gpt'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FusionFile.parse("node\t-\t0\t0\t0\t1\n", "f.tsv"));
        assertThrows(IllegalArgumentException.class, () -> FusionFile.parse("tree\nnode\tbm25_all\t0.5\t0\t0\t0\n", "f.tsv"));
    }

    @Test
    void aTreeSendsEachCaseDownByItsThreshold() {
        RegressionTree t = new RegressionTree(new int[] {0, -1, -1}, new double[] {0.5, 0, 0}, new int[] {1, -1, -1},
                new int[] {2, -1, -1}, new double[] {0, -1, 1});
        double[] x = new double[Candidate.FEATURES.size()];
        x[0] = 0.5;
        assertEquals(-1, t.score(x));
        x[0] = 0.51;
        assertEquals(1, t.score(x));
    }
}
