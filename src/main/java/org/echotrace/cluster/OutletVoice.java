package org.echotrace.cluster;

import org.echotrace.model.ClaimKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One outlet's voice over a corpus: how many of its claims relay an identified source (an official,
 * a ministry) and how many are its own assertions.
 *
 * @param relayingSources attributed claims with a named original source
 * @param own             claims in the outlet's own voice
 */
public record OutletVoice(String outlet, int claims, int relayingSources, int own) {
    public double relayingShare() {
        return claims == 0 ? 0 : relayingSources / (double) claims;
    }

    public double ownShare() {
        return claims == 0 ? 0 : own / (double) claims;
    }

    /** Per outlet, by outlet name; claims without an outlet are left out. */
    public static List<OutletVoice> of(List<ClaimPoint> claims) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ClaimPoint p : claims) {
            if (p.outlet().isBlank()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(p.outlet(), k -> new int[3]);
            c[0]++;
            if (p.kind() == ClaimKind.OWN) {
                c[2]++;
            } else if (!Originators.of(p).isEmpty()) {
                c[1]++;
            }
        }
        List<OutletVoice> out = new ArrayList<>();
        counts.forEach((outlet, c) -> out.add(new OutletVoice(outlet, c[0], c[1], c[2])));
        return out;
    }
}
