package org.echotrace.link.cases;

import java.util.List;

/** A weighted sum of the candidate features, bias last: a logistic model's log-odds. */
public record LinearFusion(List<Double> weights) implements Fusion {
    public LinearFusion {
        weights = List.copyOf(weights);
        if (weights.size() != Candidate.FEATURES.size() + 1) {
            throw new IllegalArgumentException("expected " + (Candidate.FEATURES.size() + 1) + " weights "
                    + Candidate.FEATURES + " + bias, found " + weights.size());
        }
    }

    /**
     * Weights by feature name ({@link Candidate#FEATURES}); a feature not named weighs 0 and the bias is 0.
     *
     * @throws IllegalArgumentException for a name that is no feature
     */
    public static LinearFusion of(java.util.Map<String, Double> named) {
        for (String n : named.keySet()) {
            if (!Candidate.FEATURES.contains(n)) {
                throw new IllegalArgumentException("no feature '" + n + "' among " + Candidate.FEATURES);
            }
        }
        List<Double> w = new java.util.ArrayList<>();
        for (String f : Candidate.FEATURES) {
            w.add(named.getOrDefault(f, 0.0));
        }
        w.add(0.0);
        return new LinearFusion(w);
    }

    @Override
    public double score(double[] features) {
        double s = weights.get(features.length);
        for (int i = 0; i < features.length; i++) {
            s += weights.get(i) * features[i];
        }
        return s;
    }

    /** Feature name to weight, for printing. */
    public java.util.Map<String, Double> named() {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < Candidate.FEATURES.size(); i++) {
            m.put(Candidate.FEATURES.get(i), Math.round(weights.get(i) * 10000) / 10000.0);
        }
        m.put("bias", weights.get(weights.size() - 1));
        return m;
    }
}
