package org.echotrace.link.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * Grows one regression tree of {@link BoostedFit} to per-candidate gradients and curvatures:
 * depth-first, each node split at the binned feature threshold that most raises
 * {@code G^2 / (H + L2)} summed over its two sides, with at least {@code minLeaf} candidates on each;
 * leaves hold {@code rate * G / (H + L2)}.
 */
final class TreeGrower {
    private final int[][] bin;
    private final double[][] thresholds;
    private final double[] g;
    private final double[] h;
    private final BoostedFit.Settings settings;
    private final double l2;
    private final List<int[]> split = new ArrayList<>();
    private final List<Double> threshold = new ArrayList<>();
    private final List<Double> value = new ArrayList<>();

    TreeGrower(int[][] bin, double[][] thresholds, double[] g, double[] h, BoostedFit.Settings settings, double l2) {
        this.bin = bin;
        this.thresholds = thresholds;
        this.g = g;
        this.h = h;
        this.settings = settings;
        this.l2 = l2;
    }

    RegressionTree grow() {
        int[] all = new int[g.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        node(all, 0);
        int n = split.size();
        int[] feature = new int[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] thr = new double[n];
        double[] val = new double[n];
        for (int i = 0; i < n; i++) {
            feature[i] = split.get(i)[0];
            left[i] = split.get(i)[1];
            right[i] = split.get(i)[2];
            thr[i] = threshold.get(i);
            val[i] = value.get(i);
        }
        return new RegressionTree(feature, thr, left, right, val);
    }

    /** Adds the node for these rows (and its subtree), returning its index. */
    private int node(int[] rows, int depth) {
        int me = split.size();
        double sg = 0;
        double sh = 0;
        for (int r : rows) {
            sg += g[r];
            sh += h[r];
        }
        split.add(new int[] {-1, -1, -1});
        threshold.add(0.0);
        value.add(settings.rate() * sg / (sh + l2));
        if (depth >= settings.depth() || rows.length < 2 * settings.minLeaf()) {
            return me;
        }
        double parent = sg * sg / (sh + l2);
        double bestGain = 1e-9;
        int bestF = -1;
        int bestB = -1;
        for (int f = 0; f < bin.length; f++) {
            int bins = thresholds[f].length;
            if (bins == 0) {
                continue;
            }
            double[] hg = new double[bins + 1];
            double[] hh = new double[bins + 1];
            int[] hc = new int[bins + 1];
            for (int r : rows) {
                int b = bin[f][r];
                hg[b] += g[r];
                hh[b] += h[r];
                hc[b]++;
            }
            double lg = 0;
            double lh = 0;
            int lc = 0;
            for (int b = 0; b < bins; b++) {
                lg += hg[b];
                lh += hh[b];
                lc += hc[b];
                int rc = rows.length - lc;
                if (lc < settings.minLeaf() || rc < settings.minLeaf()) {
                    continue;
                }
                double rg = sg - lg;
                double rh = sh - lh;
                double gain = lg * lg / (lh + l2) + rg * rg / (rh + l2) - parent;
                if (gain > bestGain) {
                    bestGain = gain;
                    bestF = f;
                    bestB = b;
                }
            }
        }
        if (bestF < 0) {
            return me;
        }
        int nl = 0;
        for (int r : rows) {
            nl += bin[bestF][r] <= bestB ? 1 : 0;
        }
        int[] lr = new int[nl];
        int[] rr = new int[rows.length - nl];
        int li = 0;
        int ri = 0;
        for (int r : rows) {
            if (bin[bestF][r] <= bestB) {
                lr[li++] = r;
            } else {
                rr[ri++] = r;
            }
        }
        int l = node(lr, depth + 1);
        int rgt = node(rr, depth + 1);
        split.set(me, new int[] {bestF, l, rgt});
        threshold.set(me, thresholds[bestF][bestB]);
        return me;
    }
}
