package org.echotrace.cluster;

import org.echotrace.model.ClaimKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tells apart the stories of a narrative that is too broad: one that gathers the articles of a
 * whole topic (a war's incident reports, two celebrities' rehab stays) because every article of a
 * one-topic corpus looks alike, the more so through the article context.
 *
 * <p>How: each article is its member claims' mean direction; the narrative's own mean direction
 * (the topic all its articles share) is subtracted, so what is left is what each article says beyond
 * the topic. Those centred directions are grouped by average linkage ({@link NarrativeClusterer})
 * at {@code threshold}; each group of at least {@code minArticles} articles is a story, and an
 * article of a smaller group goes to the story it is closest to. With fewer than two stories the
 * narrative stays whole. Claims follow their article. Each story is checked again the same way
 * (its own mean is another topic), until none is cut.
 *
 * <p>Design decision: centring inside the narrative, not in the corpus, because the corpus mean of
 * a small corpus of one story (the five seeds) is that story: centring there would scatter it. A
 * narrative of fewer than {@code 2 * minArticles} articles is never cut, so a story told by a few
 * articles stays whole; one told by many stays whole when, the topic taken out, its articles share
 * nothing in groups (what is left of one story's articles is their own detail, in no common
 * direction). The cost is that of the clusterer on the narrative's articles, n log n, once per
 * level of re-checking (a level per cut, at worst a level per story).
 */
public final class StorySplit {
    /**
     * @param minArticles the fewest articles a story may hold
     * @param threshold   mean cosine, on the centred directions, for articles to be one story
     */
    public record Settings(int minArticles, double threshold) {
        /** Chosen on the ECB+ train topics, each clustered alone ({@code eval narrative-clustering}). */
        public static final Settings DEFAULT = new Settings(5, 0.2);

        public Settings {
            if (minArticles < 2 || threshold <= -1 || threshold >= 1) {
                throw new IllegalArgumentException("bad story-split settings " + minArticles + ", " + threshold);
            }
        }
    }

    private final Settings settings;
    private final NarrativeClusterer clusterer;

    public StorySplit(Settings settings) {
        this.settings = settings;
        this.clusterer = new NarrativeClusterer(NarrativeClusterer.Settings.CLAIMS.withThreshold(settings.threshold()));
    }

    public Settings settings() {
        return settings;
    }

    /**
     * The members cut into stories until no story holds two: each part sorted by key, the largest
     * first (ties: the smaller first key); one part when none is cut off.
     */
    public List<List<ClaimPoint>> parts(List<ClaimPoint> members) {
        List<ClaimPoint> sorted = members.stream().sorted(ClaimPoint.BY_KEY).toList();
        TreeMap<String, List<ClaimPoint>> byArticle = new TreeMap<>();
        for (ClaimPoint p : sorted) {
            byArticle.computeIfAbsent(p.articleId(), k -> new ArrayList<>()).add(p);
        }
        List<List<ClaimPoint>> articles = new ArrayList<>(byArticle.values());
        int[] story = articles.size() < 2 * settings.minArticles() ? new int[articles.size()] : stories(centred(directions(articles)));
        int count = Arrays.stream(story).max().orElse(0) + 1;
        if (count < 2) {
            return List.of(sorted);
        }
        List<List<ClaimPoint>> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < articles.size(); i++) {
            out.get(story[i]).addAll(articles.get(i));
        }
        // Each story is checked again: with its own topic taken out, it may hold stories of its own.
        List<List<ClaimPoint>> finer = new ArrayList<>();
        for (List<ClaimPoint> g : out) {
            finer.addAll(parts(g));
        }
        out = finer;
        out.sort(Comparator.comparingInt((List<ClaimPoint> g) -> -g.size()).thenComparing(g -> g.get(0), ClaimPoint.BY_KEY));
        return out;
    }

    /** Each article's story (0, 1, ...) from its centred direction; all 0 when fewer than two stories are found. */
    int[] stories(double[][] c) {
        int n = c.length;
        double[][] u = new double[n][];
        List<ClaimPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            u[i] = DenseVectors.unit(c[i]);
            float[] f = new float[u[i].length];
            for (int d = 0; d < f.length; d++) {
                f[d] = (float) u[i][d];
            }
            // Zero-padded positions as keys, so the clusterer's key order is the articles' order.
            points.add(new ClaimPoint(String.format("%09d", i), 0, "", ClaimKind.OWN, Optional.empty(), Optional.empty(),
                    List.of(), "", Optional.empty(), List.of(), f));
        }
        int[] story = new int[n];
        Arrays.fill(story, -1);
        List<double[]> sums = new ArrayList<>();
        for (List<ClaimPoint> g : clusterer.cluster(points)) {
            if (g.size() >= settings.minArticles()) {
                double[] sum = new double[u[0].length];
                for (ClaimPoint p : g) {
                    int i = Integer.parseInt(p.articleId());
                    story[i] = sums.size();
                    DenseVectors.add(sum, u[i]);
                }
                sums.add(DenseVectors.unit(sum));
            }
        }
        if (sums.size() < 2) {
            return new int[n];
        }
        for (int i = 0; i < n; i++) {
            if (story[i] < 0) {
                int best = 0;
                for (int s = 1; s < sums.size(); s++) {
                    if (DenseVectors.dot(sums.get(s), u[i]) > DenseVectors.dot(sums.get(best), u[i]) + 1e-12) {
                        best = s;
                    }
                }
                story[i] = best;
            }
        }
        return story;
    }

    /** The articles' mean claim directions, unit length. */
    private static double[][] directions(List<List<ClaimPoint>> articles) {
        double[][] out = new double[articles.size()][];
        for (int i = 0; i < articles.size(); i++) {
            double[] s = new double[articles.get(i).get(0).vector().length];
            for (ClaimPoint p : articles.get(i)) {
                float[] v = p.vector();
                for (int d = 0; d < s.length; d++) {
                    s[d] += v[d];
                }
            }
            out[i] = DenseVectors.unit(s);
        }
        return out;
    }

    /** The directions less their mean: what each says beyond what all share. */
    private static double[][] centred(double[][] a) {
        double[] mean = new double[a[0].length];
        for (double[] x : a) {
            DenseVectors.add(mean, x);
        }
        for (int d = 0; d < mean.length; d++) {
            mean[d] /= a.length;
        }
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
            for (int d = 0; d < mean.length; d++) {
                out[i][d] -= mean[d];
            }
        }
        return out;
    }
}
