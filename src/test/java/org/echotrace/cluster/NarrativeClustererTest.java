package org.echotrace.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NarrativeClustererTest {
    private static final NarrativeClusterer CLUSTERER = new NarrativeClusterer(NarrativeClusterer.Settings.CLAIMS);

    private static List<List<String>> keys(List<List<ClaimPoint>> groups) {
        return groups.stream().map(g -> g.stream().map(ClaimPoint::key).toList()).toList();
    }

    @Test
    void findsTheGroupsTheVectorsWereDrawnAround() {
        List<List<ClaimPoint>> groups = CLUSTERER.cluster(Points.around(5, 20, 64, 1, LocalDate.of(2020, 1, 1), 30));
        assertEquals(5, groups.size());
        for (List<ClaimPoint> g : groups) {
            assertEquals(20, g.size());
            assertEquals(1, g.stream().map(p -> p.articleId().split("-")[0]).distinct().count());
        }
    }

    @Test
    void sameClaimsInAnotherOrderGiveTheSameGroups() {
        List<ClaimPoint> points = Points.around(8, 15, 64, 2, LocalDate.of(2019, 1, 1), 400);
        List<ClaimPoint> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(keys(CLUSTERER.cluster(points)), keys(CLUSTERER.cluster(shuffled)));
    }

    @Test
    void theApproximateGraphAboveTheExactSizeStillFindsTheGroups() {
        List<ClaimPoint> points = Points.around(40, 50, 64, 3, LocalDate.of(2019, 1, 1), 200);
        List<List<ClaimPoint>> groups = CLUSTERER.cluster(points);
        assertEquals(40, groups.size(), "groups of sizes " + groups.stream().map(List::size).toList());
    }

    @Test
    void aLongSilenceNeedsCloserClaimsToJoin() {
        // Two pairs whose cross-pair cosine is 0.48: above the threshold, under it plus the gap's penalty.
        float[] a = {1, 0, 0};
        float[] b = Points.unit(new float[] {0.48f, (float) Math.sqrt(1 - 0.48 * 0.48), 0});
        LocalDate d = LocalDate.of(2017, 1, 1);
        List<ClaimPoint> near = List.of(Points.point("a", 0, "x", a, Optional.of(d)),
                Points.point("b", 0, "y", b, Optional.of(d.plusMonths(2))));
        List<ClaimPoint> far = List.of(Points.point("a", 0, "x", a, Optional.of(d)),
                Points.point("b", 0, "y", b, Optional.of(d.plusYears(4))));
        assertEquals(1, CLUSTERER.cluster(near).size());
        assertEquals(2, CLUSTERER.cluster(far).size());
    }
}
