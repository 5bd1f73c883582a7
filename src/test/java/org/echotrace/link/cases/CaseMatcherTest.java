package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.echotrace.model.KnownCase;
import org.junit.jupiter.api.Test;

class CaseMatcherTest {
    private static KnownCase known(String id, String title, String summary) {
        return new KnownCase(id, title, Optional.ofNullable(summary), Optional.of("disproof of " + id), Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2018, 1, 1)), Optional.empty(), "test", List.of(), List.of());
    }

    private static final List<KnownCase> CASES = List.of(
            known("c1", "Militants shelter in the zone around the desert base", "The foreign army protects militants near its base."),
            known("c2", "Vaccines contain microchips", null),
            known("c3", "The election was stolen by postal votes", "Postal ballots were forged in the election."),
            known("c4", "The election was stolen by postal votes", "Postal ballots were forged in the election."));

    @Test
    void ranksTheCaseThatSharesTheClaimsWordsFirstWithSummaryAndDisproof() {
        try (CaseMatcher m = CaseMatcher.build(CASES, new ByteBuffersDirectory(), new HashingEmbedder(),
                VectorCache.inMemory(), Fusion.DEFAULT)) {
            List<CaseMatch> top = m.match("The army protects the militants hiding near its desert base", 2);
            assertEquals("c1", top.get(0).knownCase().id());
            assertEquals(1, top.get(0).rank());
            assertTrue(top.get(0).score() > top.get(1).score());
            assertEquals(Optional.of("disproof of c1"), top.get(0).knownCase().disproof());
            assertTrue(top.get(0).lexical() == 1.0 && top.get(0).semantic() > 0.3, top.get(0).toString());
        }
    }

    @Test
    void identicalCasesComeInCaseOrderAndABatchIsEmbeddedInOneCall() {
        HashingEmbedder e = new HashingEmbedder();
        try (CaseMatcher m = CaseMatcher.build(CASES, new ByteBuffersDirectory(), e, VectorCache.inMemory(), Fusion.DEFAULT)) {
            int before = e.calls;
            List<List<CaseMatch>> all = m.matchAll(List.of("postal votes stole the election", "microchips in vaccines"), 3);
            assertEquals(before + 1, e.calls);
            assertEquals(List.of("c3", "c4"), all.get(0).subList(0, 2).stream().map(x -> x.knownCase().id()).toList());
            assertTrue(all.get(0).get(0).score() >= all.get(0).get(1).score());
            assertEquals(all, m.matchAll(List.of("postal votes stole the election", "microchips in vaccines"), 3));
            assertEquals("c2", all.get(1).get(0).knownCase().id());
        }
    }

    @Test
    void aClaimWithNoWordInCommonStillGetsCosineCandidates() {
        try (CaseMatcher m = CaseMatcher.build(CASES, new ByteBuffersDirectory(), new HashingEmbedder(),
                VectorCache.inMemory(), Fusion.DEFAULT)) {
            assertEquals(3, m.match("???", 3).size());
        }
    }

    @Test
    void copiesOfACaseAreListedTogetherEarliestFirstWithOneScore() {
        List<KnownCase> cases = List.of(
                known("a", "Officials called her plane \"Broomstick One\"", null),
                known("b", "Vaccines contain microchips", null),
                known("c", "Officials called her plane 'Broomstick One'", null));
        try (CaseMatcher m = CaseMatcher.build(cases, new ByteBuffersDirectory(), new HashingEmbedder(),
                VectorCache.inMemory(), Fusion.DEFAULT)) {
            List<CaseMatch> top = m.match("they call her plane Broomstick One", 3);
            assertEquals(List.of("a", "c", "b"), top.stream().map(x -> x.knownCase().id()).toList());
            assertEquals(top.get(0).score(), top.get(1).score());
            assertEquals(List.of(1, 2, 3), top.stream().map(CaseMatch::rank).toList());
            assertEquals(3, m.size());
            assertEquals(List.of("a"), m.match("Broomstick One", 1).stream().map(x -> x.knownCase().id()).toList());
        }
    }

    @Test
    void aFitLearnsToPreferTheCaseThatNamesTheTweetsSigner() {
        List<KnownCase> cases = List.of(
                known("p", "Ann Coulter tweeted that the flu shot is a hoax", null),
                known("q", "A senator tweeted that the flu shot is a hoax", null));
        try (CaseMatcher m = CaseMatcher.build(cases, new ByteBuffersDirectory(), new HashingEmbedder(),
                VectorCache.inMemory(), Fusion.DEFAULT)) {
            FusionFit.Pairs pairs = FusionFit.pairs(m,
                    List.of("The flu shot is a hoax — Ann Coulter (@AnnCoulter) January 2, 2017"), List.of(java.util.Set.of("p")));
            assertEquals(1, pairs.size());
            LinearFusion fitted = FusionFit.fit(pairs, java.util.Set.of());
            assertTrue(fitted.named().get("author_named") > 0, fitted.named().toString());
            LinearFusion without = FusionFit.fit(pairs, java.util.Set.of("author_named"));
            assertEquals(0.0, without.named().get("author_named"));
        }
    }
}
