package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Tells apart the stories of a narrative that is too broad: one that gathers the articles of a
 * whole topic (a war's incident reports, two celebrities' rehab stays) because every article of a
 * one-topic corpus looks alike through the article context. The narrative's articles are cut in
 * two, again and again, while the two parts read as different stories.
 *
 * <p>The cut: each article is its member claims' mean direction; the narrative's own mean (the
 * topic all its articles share) is subtracted, so what is left is what each article says beyond the
 * topic. Spherical 2-means on those centred directions, seeded by the article farthest from the
 * topic and the one least like it, proposes two parts; they are kept apart when each holds at least
 * {@code minArticles} articles and they agree ({@link #agreement}, on the articles' own directions)
 * at most {@code maxAgreement}. Claims follow their article.
 *
 * <p>Design decision: centring inside the narrative, not in the corpus, because the corpus mean of
 * a small corpus of one story (the five seeds) is that story: centring there would scatter it. A
 * narrative of fewer than {@code 2 * minArticles} articles is never cut, so a story told by a few
 * articles stays whole; one told by many stays whole when its halves do not pull apart.
 */
public final class StorySplit {
    /**
     * @param minArticles     the fewest articles a part may hold
     * @param maxAgreement the most two parts may agree ({@link #agreement}) and still be two stories
     */
    public record Settings(int minArticles, double maxAgreement) {
        /** Chosen on the ECB+ train topics, each clustered alone ({@code eval narrative-clustering}). */
        public static final Settings DEFAULT = new Settings(3, 0.86);

        public Settings {
            if (minArticles < 2 || maxAgreement <= 0 || maxAgreement > 1) {
                throw new IllegalArgumentException("bad story-split settings " + minArticles + ", " + maxAgreement);
            }
        }
    }

    private static final int ROUNDS = 10;
    private final Settings settings;

    public StorySplit(Settings settings) {
        this.settings = settings;
    }

    /** The members cut into stories, each part sorted by key, the largest first (ties: smaller first key); one part when none is cut off. */
    public List<List<ClaimPoint>> parts(List<ClaimPoint> members) {
        TreeMap<String, List<ClaimPoint>> byArticle = new TreeMap<>();
        for (ClaimPoint p : members.stream().sorted(ClaimPoint.BY_KEY).toList()) {
            byArticle.computeIfAbsent(p.articleId(), k -> new ArrayList<>()).add(p);
        }
        List<List<List<ClaimPoint>>> stories = new ArrayList<>();
        cut(new ArrayList<>(byArticle.values()), stories);
        List<List<ClaimPoint>> out = new ArrayList<>();
        for (List<List<ClaimPoint>> s : stories) {
            out.add(s.stream().flatMap(List::stream).sorted(ClaimPoint.BY_KEY).toList());
        }
        out.sort(Comparator.comparingInt((List<ClaimPoint> g) -> -g.size()).thenComparing(g -> g.get(0), ClaimPoint.BY_KEY));
        return out;
    }

    private void cut(List<List<ClaimPoint>> articles, List<List<List<ClaimPoint>>> out) {
        int[] side = articles.size() < 2 * settings.minArticles() ? null : sides(directions(articles));
        if (side == null) {
            out.add(articles);
            return;
        }
        List<List<ClaimPoint>> first = new ArrayList<>();
        List<List<ClaimPoint>> second = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            (side[i] == 0 ? first : second).add(articles.get(i));
        }
        cut(first, out);
        cut(second, out);
    }

    /** Each article's side, or null when the two parts do not read as two stories. */
    int[] sides(double[][] a) {
        int n = a.length;
        double[][] c = centred(a);
        int s0 = 0;
        for (int i = 1; i < n; i++) {
            if (dot(c[i], c[i]) > dot(c[s0], c[s0]) + 1e-12) {
                s0 = i;
            }
        }
        double[][] u = new double[n][];
        for (int i = 0; i < n; i++) {
            u[i] = unit(c[i]);
        }
        int s1 = s0 == 0 ? 1 : 0;
        for (int i = 0; i < n; i++) {
            if (i != s0 && dot(u[i], u[s0]) < dot(u[s1], u[s0]) - 1e-12) {
                s1 = i;
            }
        }
        double[][] centre = {u[s0].clone(), u[s1].clone()};
        int[] side = new int[n];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < n; i++) {
                side[i] = dot(centre[0], u[i]) >= dot(centre[1], u[i]) ? 0 : 1;
            }
            centre = new double[2][u[0].length];
            for (int i = 0; i < n; i++) {
                add(centre[side[i]], u[i]);
            }
        }
        int first = (int) java.util.Arrays.stream(side).filter(s -> s == 0).count();
        if (first < settings.minArticles() || n - first < settings.minArticles()) {
            return null;
        }
        return agreement(a, side) <= settings.maxAgreement() ? side : null;
    }

    /**
     * How alike two parts are, on the articles' own directions: the mean cosine across the parts
     * over the geometric mean of the mean cosines inside each (pairs of distinct articles); about 1
     * for two halves of one story, lower the more the parts are two stories.
     */
    static double agreement(double[][] a, int[] side) {
        double[][] sum = new double[2][a[0].length];
        int[] count = new int[2];
        for (int i = 0; i < a.length; i++) {
            add(sum[side[i]], a[i]);
            count[side[i]]++;
        }
        double cross = dot(sum[0], sum[1]) / ((double) count[0] * count[1]);
        double in0 = (dot(sum[0], sum[0]) - count[0]) / ((double) count[0] * (count[0] - 1));
        double in1 = (dot(sum[1], sum[1]) - count[1]) / ((double) count[1] * (count[1] - 1));
        return in0 <= 0 || in1 <= 0 ? 1 : cross / Math.sqrt(in0 * in1);
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
            out[i] = unit(s);
        }
        return out;
    }

    /** The directions less their mean: what each says beyond what all share. */
    private static double[][] centred(double[][] a) {
        double[] mean = new double[a[0].length];
        for (double[] x : a) {
            add(mean, x);
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

    private static double[] unit(double[] v) {
        double n = Math.sqrt(dot(v, v));
        double[] out = v.clone();
        for (int d = 0; d < out.length && n > 0; d++) {
            out[d] /= n;
        }
        return out;
    }

    private static void add(double[] to, double[] x) {
        for (int d = 0; d < x.length; d++) {
            to[d] += x[d];
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int d = 0; d < x.length; d++) {
            s += x[d] * y[d];
        }
        return s;
    }
}
