package org.echotrace.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.echotrace.model.ClaimKind;
import org.echotrace.model.HopRole;
import org.junit.jupiter.api.Test;

class OriginatorsTest {
    private static final float[] V = {1, 0};
    private static final String FOOTAGE = "Video footage posted to social media on May 16";

    /** An attributed claim whose source is evidence: the chain is the footage, then the outlet. */
    private static ClaimPoint shownByFootage() {
        return new ClaimPoint("a", 1, "the trucks were burning", ClaimKind.ATTRIBUTED, Optional.of(FOOTAGE), Optional.empty(),
                List.of(new ClaimPoint.Hop(FOOTAGE, HopRole.EVIDENCE), new ClaimPoint.Hop("Outlet", HopRole.OUTLET)),
                "Outlet", Optional.of(LocalDate.of(2017, 5, 17)), List.of(), V);
    }

    @Test
    void theSpeakerAndOrganisationOriginateARelayedClaim() {
        ClaimPoint p = Points.attributed("a", 0, "the base shelters militants", V, LocalDate.of(2017, 11, 14), "Outlet",
                "Igor Konashenkov", "Russian Defense Ministry", "TASS");
        assertEquals(List.of("Igor Konashenkov", "Russian Defense Ministry"), Originators.of(p));
        assertEquals(List.of("TASS"), Originators.relays(p));
        assertEquals(Optional.of("Igor Konashenkov"), Originators.firstHop(p));
    }

    @Test
    void evidenceShowsAClaimButOriginatesNone() {
        ClaimPoint p = shownByFootage();
        assertEquals(List.of(), Originators.of(p));
        assertEquals(Optional.empty(), Originators.firstHop(p));
    }

    @Test
    void aNarrativesProvenanceListsItsEvidenceApartFromItsOriginators() {
        ClaimPoint shown = shownByFootage();
        ClaimPoint said = Points.attributed("a", 0, "the convoy was hit", V, LocalDate.of(2017, 5, 17), "Outlet",
                "Igor Konashenkov", "Russian Defense Ministry", "TASS");
        List<ClaimPoint> members = List.of(said, shown);
        Narrative n = new NarrativeDescriber(members).describe("N-1", Optional.empty(), "label", members, List.of(), false);
        Provenance p = n.provenance();
        assertEquals(List.of(new NameCount(FOOTAGE, 1)), p.evidence());
        // Footage shows; it does not speak: the narrative's speakers are the people and bodies quoted.
        assertEquals(List.of("Igor Konashenkov"), n.speakers());
        assertEquals(List.of("Igor Konashenkov", "Russian Defense Ministry"), p.originators().stream().map(NameCount::name).toList());
        assertEquals(1, p.relayedClaims());
    }
}
