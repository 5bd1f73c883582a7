package org.echotrace.cli;

import org.echotrace.cluster.ClaimPoint;
import org.echotrace.model.ClaimKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded synthetic claims for the clustering benchmark: unit vectors scattered around narrative
 * centres, which themselves sit around a few topic centres (so narratives of one topic are near
 * each other, as real ones are), dated within a year of their narrative's start. No model is
 * needed, so generating 100,000 takes a second.
 *
 * <p>Design decision: noise is set so that two claims of one narrative have a cosine of about
 * 0.6 and two narratives of one topic about 0.25, the ranges MiniLM gives for claims of one
 * narrative and of one broad subject; the benchmark is about cost, and its B-cubed only shows that
 * the approximate graph keeps what all pairs would find.
 */
final class SyntheticClaims {
    record Generated(List<ClaimPoint> points, List<String> narrativeOf) {
    }

    private SyntheticClaims() {
    }

    static Generated generate(int claims, int dimension, long seed) {
        Random r = new Random(seed);
        int narratives = Math.max(1, claims / 50);
        int topics = Math.max(1, narratives / 20);
        float[][] topic = new float[topics][];
        for (int t = 0; t < topics; t++) {
            topic[t] = unit(gaussian(r, dimension, 1.0));
        }
        float[][] centre = new float[narratives][];
        LocalDate[] start = new LocalDate[narratives];
        for (int c = 0; c < narratives; c++) {
            centre[c] = unit(add(topic[c % topics], gaussian(r, dimension, Math.sqrt(3.0 / dimension))));
            start[c] = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650));
        }
        double noise = Math.sqrt(0.667 / dimension);
        List<ClaimPoint> points = new ArrayList<>(claims);
        List<String> gold = new ArrayList<>(claims);
        for (int i = 0; i < claims; i++) {
            int c = r.nextInt(narratives);
            float[] v = unit(add(centre[c], gaussian(r, dimension, noise)));
            String article = String.format("a%07d", i / 5);
            points.add(new ClaimPoint(article, i % 5, "synthetic claim " + i, ClaimKind.OWN, Optional.empty(),
                    Optional.empty(), List.of(), "outlet" + (i % 17), Optional.of(start[c].plusDays(r.nextInt(365))),
                    List.of(), v));
            gold.add("n" + c);
        }
        return new Generated(points, gold);
    }

    private static float[] gaussian(Random r, int d, double sd) {
        float[] v = new float[d];
        for (int i = 0; i < d; i++) {
            v[i] = (float) (r.nextGaussian() * sd);
        }
        return v;
    }

    private static float[] add(float[] a, float[] b) {
        float[] v = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = a[i] + b[i];
        }
        return v;
    }

    private static float[] unit(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        double n = Math.sqrt(s);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] / n);
        }
        return v;
    }
}
