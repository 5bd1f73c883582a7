package org.echotrace.link.cases;

/**
 * A binary regression tree over candidate features, as flat arrays: node {@code i} is a leaf when
 * {@code feature[i] < 0}, holding {@code value[i]}; otherwise a case with
 * {@code x[feature[i]] <= threshold[i]} goes to {@code left[i]}, any other to {@code right[i]}.
 */
record RegressionTree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    RegressionTree {
        int n = feature.length;
        if (threshold.length != n || left.length != n || right.length != n || value.length != n || n == 0) {
            throw new IllegalArgumentException("a tree's node arrays must be non-empty and of one length");
        }
        for (int i = 0; i < n; i++) {
            if (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n)) {
                throw new IllegalArgumentException("node " + i + " points outside the tree or backwards");
            }
        }
    }

    double score(double[] x) {
        int i = 0;
        while (feature[i] >= 0) {
            i = x[feature[i]] <= threshold[i] ? left[i] : right[i];
        }
        return value[i];
    }

    int nodes() {
        return feature.length;
    }
}
