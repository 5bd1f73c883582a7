package org.echotrace.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedStyleNarrativeTest {
    private static final NarrativeUpdate RUN = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS)
            .update(NarrativeState.EMPTY, SeedStyleClaims.all(), List.of());

    private static Narrative tanf() {
        return RUN.narratives().stream().filter(n -> n.members().stream().anyMatch(m -> m.claimKey().equals("a-2017#2"))).findFirst().orElseThrow();
    }

    @Test
    void theAlTanfClaimsOfAllYearsFormOneNarrative() {
        Narrative n = tanf();
        assertEquals(List.of("a-2017", "b-2018", "c-2019", "d-2024", "e-2018"), n.articles(), RUN.narratives().toString());
        assertEquals(LocalDate.of(2017, 9, 29), n.firstSeen().orElseThrow());
        assertEquals(LocalDate.of(2024, 6, 1), n.lastSeen().orElseThrow());
        assertTrue(n.articles().stream().noneMatch(a -> a.startsWith("z-")));
    }

    @Test
    void provenanceNamesTheMinistryAsOriginatorAndTassAsRelay() {
        Provenance p = tanf().provenance();
        assertEquals("a-2017", p.firstArticle());
        List<String> originators = p.originators().stream().map(NameCount::name).toList();
        assertTrue(originators.contains("Igor Konashenkov"), originators.toString());
        // Both spellings of the ministry are one originator.
        assertEquals(1, originators.stream().filter(o -> o.contains("Ministry")).count(), originators.toString());
        // All four of the 2017 statement's claims: read in their article, the Rukban advance is part of the story.
        assertEquals(4, p.originators().stream().filter(o -> o.name().contains("Ministry")).findFirst().orElseThrow().claims());
        assertEquals("TASS", p.relays().get(0).name());
        assertTrue(p.amplifiers().size() >= 4, p.amplifiers().toString());
        assertEquals(3, p.ownClaims(), p.toString());
        assertEquals(5, p.relayedClaims(), p.toString());
    }

    @Test
    void theRepublishedCopiesAndTheTwoTranslationsAreSubNarratives() {
        Narrative n = tanf();
        assertEquals(List.of(n.id() + ".1", n.id() + ".2"), n.children(), n.toString());
        List<List<String>> childArticles = RUN.narratives().stream().filter(c -> n.children().contains(c.id()))
                .map(Narrative::articles).sorted(java.util.Comparator.comparing(List::toString)).toList();
        assertEquals(List.of(List.of("a-2017"), List.of("b-2018", "e-2018")), childArticles, RUN.narratives().toString());
    }

    @Test
    void theUnrelatedStoryIsANarrativeOfItsOwn() {
        assertTrue(RUN.narratives().stream().anyMatch(n -> n.articles().equals(List.of("z-2020")) && n.members().size() == 2));
    }

    @Test
    void theTimelineCountsClaimsPerMonth() {
        assertEquals(4, tanf().timeline().get("2017-09"));
        assertEquals(2, tanf().timeline().get("2018-03"));
        assertTrue(tanf().timeline().containsKey("2024-06"));
    }

    @Test
    void outletsVoicesSplitRelayedFromOwnClaims() {
        List<OutletVoice> voices = OutletVoice.of(SeedStyleClaims.all());
        OutletVoice wire = voices.stream().filter(v -> v.outlet().equals("Wire Daily")).findFirst().orElseThrow();
        assertEquals(1.0, wire.relayingShare(), 1e-9);
        OutletVoice insider = voices.stream().filter(v -> v.outlet().equals("Insider News")).findFirst().orElseThrow();
        assertEquals(1.0, insider.ownShare(), 1e-9);
    }
}
