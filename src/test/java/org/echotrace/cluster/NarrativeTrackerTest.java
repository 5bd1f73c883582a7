package org.echotrace.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NarrativeTrackerTest {
    private static final NarrativeTracker TRACKER = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS);
    private static final List<ClaimPoint> CLAIMS = Points.around(4, 12, 48, 11, LocalDate.of(2018, 1, 1), 60);

    private static List<String> summary(NarrativeUpdate u) {
        return u.narratives().stream().map(n -> n.id() + "=" + n.members().stream().map(Narrative.Member::claimKey).toList()).toList();
    }

    private static Narrative holding(NarrativeUpdate u, String key) {
        return u.narratives().stream().filter(n -> n.parent().isEmpty())
                .filter(n -> n.members().stream().anyMatch(m -> m.claimKey().equals(key))).findFirst().orElseThrow();
    }

    private static List<ClaimPoint> group(int g) {
        return CLAIMS.stream().filter(p -> p.articleId().startsWith("g" + g + "-")).toList();
    }

    @Test
    void theSameClaimsInAnotherOrderGiveTheSameNarratives() {
        List<ClaimPoint> shuffled = new ArrayList<>(CLAIMS);
        Collections.shuffle(shuffled, new Random(3));
        NarrativeUpdate a = TRACKER.update(NarrativeState.EMPTY, CLAIMS, List.of());
        NarrativeUpdate b = TRACKER.update(NarrativeState.EMPTY, shuffled, List.of());
        assertEquals(summary(a), summary(b));
        assertEquals(4, a.narratives().stream().filter(n -> n.parent().isEmpty()).count());
    }

    @Test
    void laterClaimsJoinExistingNarrativesWithoutRenumberingThem() {
        List<ClaimPoint> firstHalf = CLAIMS.stream().filter(p -> !p.articleId().startsWith("g3-") && !p.articleId().endsWith("a11")).toList();
        NarrativeUpdate first = TRACKER.update(NarrativeState.EMPTY, firstHalf, List.of());
        NarrativeUpdate second = TRACKER.update(first.state(), CLAIMS, List.of());
        for (Narrative before : first.narratives()) {
            if (before.parent().isPresent()) {
                continue;
            }
            Narrative after = holding(second, before.members().get(0).claimKey());
            assertEquals(before.id(), after.id());
            assertEquals(before.label(), after.label());
            assertTrue(after.members().size() > before.members().size(), "the late claim of each group joins its narrative");
        }
        Narrative fresh = holding(second, group(3).get(0).key());
        assertEquals("N-4", fresh.id());
        assertEquals(5, second.state().nextNumber());
        assertTrue(second.events().stream().anyMatch(e -> e.kind() == LineageEvent.Kind.GREW));
    }

    @Test
    void aPinnedNarrativeTakesNoNewClaims() {
        List<ClaimPoint> without = CLAIMS.stream().filter(p -> !p.articleId().equals("g0-a11")).toList();
        NarrativeUpdate first = TRACKER.update(NarrativeState.EMPTY, without, List.of());
        String id = holding(first, "g0-a0#0").id();
        NarrativeUpdate second = TRACKER.update(first.state(), CLAIMS, List.of(new NarrativeOverride.Pin(1, id)));
        assertTrue(holding(second, "g0-a0#0").pinned());
        assertFalse(holding(second, "g0-a11#0").id().equals(id), "the new claim stays out of the pinned narrative");
        assertEquals(1, second.state().appliedOverrides());
    }

    @Test
    void anAnalystsRenameMergeAndSplitHoldOnTheNextRuns() {
        NarrativeUpdate first = TRACKER.update(NarrativeState.EMPTY, CLAIMS, List.of());
        String a = holding(first, "g0-a0#0").id();
        String b = holding(first, "g1-a0#0").id();
        String c = holding(first, "g2-a0#0").id();
        List<String> moving = group(2).stream().limit(4).map(ClaimPoint::key).toList();
        List<NarrativeOverride> overrides = List.of(new NarrativeOverride.Rename(1, a, "Analyst's name"),
                new NarrativeOverride.Merge(2, a, b), new NarrativeOverride.Split(3, c, moving));
        NarrativeUpdate second = TRACKER.update(first.state(), CLAIMS, overrides);
        Narrative merged = holding(second, "g1-a0#0");
        assertEquals(a, merged.id());
        assertEquals("Analyst's name", merged.label());
        assertEquals(24, merged.members().size());
        Narrative split = holding(second, moving.get(0));
        assertFalse(split.id().equals(c));
        assertEquals(Set.copyOf(moving), split.members().stream().map(Narrative.Member::claimKey).collect(Collectors.toSet()));
        assertTrue(second.events().stream().anyMatch(e -> e.kind() == LineageEvent.Kind.MERGED && e.other().orElseThrow().equals(b)));
        assertTrue(second.events().stream().anyMatch(e -> e.kind() == LineageEvent.Kind.SPLIT && e.narrative().equals(c)));
        // The next run, with the same overrides already applied, keeps all of it.
        NarrativeUpdate third = TRACKER.update(second.state(), CLAIMS, overrides);
        assertEquals(summary(second), summary(third));
        assertEquals("Analyst's name", holding(third, "g1-a0#0").label());
        assertTrue(third.events().stream().noneMatch(e -> e.kind() == LineageEvent.Kind.MERGED || e.kind() == LineageEvent.Kind.CREATED));
    }

    @Test
    void anOverrideNamingAnUnknownNarrativeIsSkippedWithAReason() {
        NarrativeUpdate u = TRACKER.update(NarrativeState.EMPTY, CLAIMS, List.of(new NarrativeOverride.Pin(1, "N-99")));
        assertTrue(u.events().stream().anyMatch(e -> e.kind() == LineageEvent.Kind.OVERRIDE_SKIPPED && e.narrative().equals("N-99")));
    }

    @Test
    void aClaimGivenTwiceIsRefused() {
        List<ClaimPoint> twice = new ArrayList<>(CLAIMS);
        twice.add(CLAIMS.get(0));
        assertThrowsWithKey(twice, CLAIMS.get(0).key());
    }

    private static void assertThrowsWithKey(List<ClaimPoint> claims, String key) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TRACKER.update(NarrativeState.EMPTY, claims, List.of()));
        assertTrue(e.getMessage().contains(key));
    }
}
