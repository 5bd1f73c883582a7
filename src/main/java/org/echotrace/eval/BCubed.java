package org.echotrace.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed precision, recall and F1 of a clustering against gold classes (Bagga and Baldwin 1998,
 * as Amigó et al. 2009 define it for flat clusterings): for each item, precision is the share of
 * its cluster that shares its class, recall the share of its class that shares its cluster; both
 * are averaged over items, and F1 is their harmonic mean.
 */
public final class BCubed {
    public record Score(double precision, double recall, double f1, int items) {
    }

    private BCubed() {
    }

    /**
     * Scores the items of {@code gold} (item to class); every one of them must have a cluster in
     * {@code predicted} (item to cluster).
     */
    public static <T> Score score(Map<T, String> gold, Map<T, String> predicted) {
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> classSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Map.Entry<T, String> e : gold.entrySet()) {
            String cluster = Objects.requireNonNull(predicted.get(e.getKey()), () -> "no cluster for " + e.getKey());
            clusterSize.merge(cluster, 1, Integer::sum);
            classSize.merge(e.getValue(), 1, Integer::sum);
            both.merge(cluster + "\u0000" + e.getValue(), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (Map.Entry<T, String> e : gold.entrySet()) {
            String cluster = predicted.get(e.getKey());
            int shared = both.get(cluster + "\u0000" + e.getValue());
            p += shared / (double) clusterSize.get(cluster);
            r += shared / (double) classSize.get(e.getValue());
        }
        int n = gold.size();
        if (n == 0) {
            return new Score(0, 0, 0, 0);
        }
        p /= n;
        r /= n;
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), n);
    }
}
