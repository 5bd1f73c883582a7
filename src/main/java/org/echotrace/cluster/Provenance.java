package org.echotrace.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a narrative comes from and who carries it.
 *
 * @param firstArticle    the earliest article (by publication date, undated last, then by id)
 * @param firstOutlet     its outlet
 * @param originators     original sources of its attributed claims (speakers, organisations)
 * @param relays          wire agencies and other media passing the statements on
 * @param amplifiers      outlets publishing its claims, by claims carried
 * @param evidence        the footage, images, figures and polls its attributed claims are shown by (no
 *                        originator of any), by claims
 * @param relayedClaims   claims in the voice of an original source
 * @param ownClaims       claims in the outlets' own voice
 */
public record Provenance(String firstArticle, String firstOutlet, Optional<LocalDate> firstSeen,
                         List<NameCount> originators, List<NameCount> relays, List<NameCount> amplifiers,
                         List<NameCount> evidence, int relayedClaims, int ownClaims) {
    public Provenance {
        originators = List.copyOf(originators);
        relays = List.copyOf(relays);
        amplifiers = List.copyOf(amplifiers);
        evidence = List.copyOf(evidence);
    }
}
