package org.echotrace.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateFinderTest {
    private static final List<DuplicatePair> PAIRS = new DuplicateFinder(DuplicateFinder.Settings.DEFAULT).find(SeedStyleClaims.all());

    private static Optional<DuplicatePair> pair(String a, String b) {
        return PAIRS.stream().filter(p -> p.first().equals(a) && p.second().equals(b)).findFirst();
    }

    @Test
    void aMinistryStatementGivenTwiceInOneArticleInTwoTranslationsIsTheSameStatement() {
        DuplicatePair p = pair("a-2017#0", "a-2017#1").orElseThrow(() -> new AssertionError("no pair in " + PAIRS));
        assertEquals(PairKind.SAME_STATEMENT, p.kind(), p.toString());
        assertTrue(p.sameArticle());
        DuplicatePair tanf = pair("a-2017#2", "a-2017#3").orElseThrow(() -> new AssertionError("no pair in " + PAIRS));
        assertEquals(PairKind.SAME_STATEMENT, tanf.kind(), tanf.toString());
    }

    @Test
    void aRepublishedClaimIsACopyAcrossArticles() {
        DuplicatePair p = pair("b-2018#0", "e-2018#0").orElseThrow(() -> new AssertionError("no pair in " + PAIRS));
        assertEquals(PairKind.COPY, p.kind());
        assertEquals(1.0, p.wordJaccard(), 1e-9);
        assertTrue(!p.sameArticle());
    }

    @Test
    void unrelatedClaimsAreNoPair() {
        assertTrue(pair("a-2017#0", "z-2020#0").isEmpty());
        assertTrue(PAIRS.stream().noneMatch(p -> p.first().startsWith("a-") && p.second().startsWith("z-")), PAIRS.toString());
    }

    @Test
    void transliterationsShareASpellingSkeleton() {
        assertEquals(SpellingSkeleton.of("Qaryatayn"), SpellingSkeleton.of("Karatein"));
        assertEquals(SpellingSkeleton.of("al-Tanf"), SpellingSkeleton.of("Tanf"));
        assertEquals(SpellingSkeleton.of("Defence"), SpellingSkeleton.of("Defense"));
        assertTrue(!SpellingSkeleton.of("Palmyra").equals(SpellingSkeleton.of("Rukban")));
        assertEquals(1, DuplicateFinder.spellingVariants(ClaimWords.of("towards al-Qaryatayn"), ClaimWords.of("towards Al-Karatein")));
    }

    @Test
    void minHashEstimatesTheJaccardOfWordGrams() {
        MinHash mh = new MinHash(256, 3);
        long[] a = ClaimWords.shingles(ClaimWords.of("the convoy was attacked near the border crossing at dawn on friday"), 3);
        long[] b = ClaimWords.shingles(ClaimWords.of("the convoy was attacked near the border crossing at noon on friday"), 3);
        double exact = MinHash.jaccard(a, b);
        assertEquals(exact, MinHash.estimate(mh.signature(a), mh.signature(b)), 0.12);
        assertTrue(exact > 0.3 && exact < 0.8, "exact " + exact);
    }
}
