package org.echotrace.cluster;

import org.echotrace.model.ClaimKind;
import org.echotrace.model.HopRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Claim points for tests: seeded vectors around centres, or hand-written claims to embed. */
final class Points {
    private Points() {
    }

    /** {@code perGroup} points around each of {@code groups} random centres (pairwise cosine about 0.6 inside a group). */
    static List<ClaimPoint> around(int groups, int perGroup, int dim, long seed, LocalDate from, int spreadDays) {
        Random r = new Random(seed);
        List<ClaimPoint> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            float[] centre = unit(gaussian(r, dim, 1));
            for (int i = 0; i < perGroup; i++) {
                float[] noise = gaussian(r, dim, Math.sqrt(0.6 / dim));
                float[] v = new float[dim];
                for (int d = 0; d < dim; d++) {
                    v[d] = centre[d] + noise[d];
                }
                out.add(point("g" + g + "-a" + i, 0, "claim " + g + " " + i, unit(v),
                        Optional.of(from.plusDays(r.nextInt(spreadDays + 1)))));
            }
        }
        return out;
    }

    static ClaimPoint point(String article, int index, String text, float[] v, Optional<LocalDate> date) {
        return new ClaimPoint(article, index, text, ClaimKind.OWN, Optional.empty(), Optional.empty(), List.of(),
                "outlet-" + article.charAt(0), date, List.of(), v);
    }

    /** An attributed claim: speaker, organisation, and the chain speaker, organisation, relay (when given), outlet. */
    static ClaimPoint attributed(String article, int index, String text, float[] v, LocalDate date, String outlet,
                                 String speaker, String organisation, String relay) {
        List<ClaimPoint.Hop> chain = new ArrayList<>();
        chain.add(new ClaimPoint.Hop(speaker, HopRole.SPEAKER));
        chain.add(new ClaimPoint.Hop(organisation, HopRole.ORGANISATION));
        if (relay != null) {
            chain.add(new ClaimPoint.Hop(relay, HopRole.RELAY));
        }
        chain.add(new ClaimPoint.Hop(outlet, HopRole.OUTLET));
        return new ClaimPoint(article, index, text, ClaimKind.ATTRIBUTED, Optional.of(speaker), Optional.of(organisation),
                chain, outlet, Optional.of(date), List.of("al-Tanf"), v);
    }

    static ClaimPoint own(String article, int index, String text, float[] v, LocalDate date, String outlet) {
        return new ClaimPoint(article, index, text, ClaimKind.OWN, Optional.empty(), Optional.empty(), List.of(),
                outlet, Optional.of(date), List.of(), v);
    }

    static float[] gaussian(Random r, int d, double sd) {
        float[] v = new float[d];
        for (int i = 0; i < d; i++) {
            v[i] = (float) (r.nextGaussian() * sd);
        }
        return v;
    }

    static float[] unit(float[] v) {
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
