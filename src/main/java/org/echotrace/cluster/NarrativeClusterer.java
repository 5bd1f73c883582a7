package org.echotrace.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups claims (or any texts turned into {@link ClaimPoint}s) by meaning and time: an approximate
 * k-nearest-neighbour graph ({@link VectorNeighbours}), then average-linkage agglomeration along its
 * edges, strongest first. Two groups join when the mean cosine between their members reaches the
 * threshold, raised by the time gap between them.
 *
 * <p>Design decision: average linkage (the mean pairwise cosine, computed from the groups' vector
 * sums in O(dimension)) rather than connected components, because one loose edge chains two topics
 * into one component; and agglomeration only along kNN edges, so the cost is that of the graph,
 * O(n log n), not of all pairs. Edges are visited in a fixed order (similarity, then the points'
 * positions in key order) and the input is sorted by key first, so the same claims in any order
 * give the same groups.
 *
 * <p>Design decision (time): narratives recur for years (the seeds run from 2017 to 2024), so no
 * gap forbids a join; instead each year of silence between two groups' date ranges raises the
 * threshold by {@code yearPenalty}, up to {@code maxPenalty}: a claim that returns after years has
 * to be closer to be called the same narrative. Undated points pay nothing.
 */
public final class NarrativeClusterer {
    /**
     * @param threshold   mean cosine two groups need to join
     * @param neighbours  k of the neighbour graph
     * @param yearPenalty added to the threshold per year of gap
     * @param maxPenalty  the most the gap can add
     */
    public record Settings(double threshold, int neighbours, double yearPenalty, double maxPenalty, long seed) {
        /** Claims into narratives; see {@code NarrativeTracker} for how these were chosen. */
        public static final Settings CLAIMS = new Settings(0.45, 12, 0.02, 0.06, 42);

        public Settings {
            if (threshold <= -1 || threshold >= 1 || neighbours < 1 || yearPenalty < 0 || maxPenalty < 0) {
                throw new IllegalArgumentException("bad clustering settings " + threshold + ", " + neighbours
                        + ", " + yearPenalty + ", " + maxPenalty);
            }
        }

        public Settings withThreshold(double t) {
            return new Settings(t, neighbours, yearPenalty, maxPenalty, seed);
        }
    }

    private static final int PASSES = 3;
    private static final double LEVEL_TOP = 0.9;
    private static final double LEVEL_STEP = 0.05;
    private final Settings settings;

    public NarrativeClusterer(Settings settings) {
        this.settings = settings;
    }

    /** The groups of the points, each sorted by key, the groups ordered by their first member. */
    public List<List<ClaimPoint>> cluster(List<ClaimPoint> points) {
        List<ClaimPoint> sorted = points.stream().sorted(ClaimPoint.BY_KEY).toList();
        int[] none = new int[sorted.size()];
        java.util.Arrays.fill(none, -1);
        List<int[]> groups = cluster(sorted, none, (a, b) -> true);
        List<List<ClaimPoint>> out = new ArrayList<>(groups.size());
        for (int[] g : groups) {
            List<ClaimPoint> members = new ArrayList<>(g.length);
            for (int i : g) {
                members.add(sorted.get(i));
            }
            out.add(members);
        }
        return out;
    }

    /** Whether two groups that hold earlier groups (their numbers, ascending) may join. */
    interface JoinRule {
        boolean canJoin(int[] originsA, int[] originsB);
    }

    /**
     * Groups points already sorted by key, starting from given groups: {@code start[i]} is the
     * earlier group point i belongs to (-1: none). Two groups holding different earlier groups join
     * only when {@code rule} allows; a group the rule refuses to join with itself ({@code canJoin(x, x)}
     * false: frozen) takes no new members. Returns groups of indices, each ascending, ordered by
     * their first index.
     */
    List<int[]> cluster(List<ClaimPoint> sorted, int[] start, JoinRule rule) {
        int n = sorted.size();
        float[][] v = new float[n][];
        long[] day = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = sorted.get(i).vector();
            day[i] = sorted.get(i).published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
        }
        Groups g = new Groups(v, day);
        boolean[] locked = new boolean[n];
        int[] firstOf = new int[Math.max(0, java.util.Arrays.stream(start).max().orElse(-1) + 1)];
        java.util.Arrays.fill(firstOf, -1);
        for (int i = 0; i < n; i++) {
            int s = start[i];
            if (s < 0) {
                continue;
            }
            if (firstOf[s] < 0) {
                firstOf[s] = i;
            } else {
                g.union(firstOf[s], i);
            }
            g.setOrigin(i, s);
            locked[i] = !rule.canJoin(new int[] {s}, new int[] {s});
        }
        List<VectorNeighbours.Edge> edges = new ArrayList<>(VectorNeighbours.graph(v, settings.neighbours(),
                settings.threshold() - 0.15, settings.seed()));
        edges.sort(Comparator.comparingDouble((VectorNeighbours.Edge e) -> -e.similarity())
                .thenComparingInt(VectorNeighbours.Edge::a).thenComparingInt(VectorNeighbours.Edge::b));
        // Levels from strict to the threshold: the closest groups join first, as in agglomerative
        // average linkage, without its n^2 table of pair scores.
        for (double level = LEVEL_TOP; ; level = Math.max(settings.threshold(), level - LEVEL_STEP)) {
            for (int pass = 0; pass < PASSES; pass++) {
                if (!joinAlong(edges, g, locked, level, rule)) {
                    break;
                }
            }
            if (level <= settings.threshold()) {
                break;
            }
        }
        return g.groups();
    }

    private boolean joinAlong(List<VectorNeighbours.Edge> edges, Groups g, boolean[] locked, double level, JoinRule rule) {
        boolean merged = false;
        for (VectorNeighbours.Edge e : edges) {
            if (e.similarity() < level - 0.15 || locked[e.a()] || locked[e.b()]) {
                continue;
            }
            int ra = g.find(e.a());
            int rb = g.find(e.b());
            if (ra != rb && joinable(g.originsOf(ra), g.originsOf(rb), rule)
                    && g.meanCosine(ra, rb) >= level + penalty(g.gapDays(ra, rb))) {
                g.union(ra, rb);
                merged = true;
            }
        }
        return merged;
    }

    private static boolean joinable(int[] a, int[] b, JoinRule rule) {
        return a.length == 0 || b.length == 0 || rule.canJoin(a, b);
    }

    private double penalty(long gapDays) {
        return Math.min(settings.maxPenalty(), settings.yearPenalty() * gapDays / 365.25);
    }

    public Settings settings() {
        return settings;
    }
}
