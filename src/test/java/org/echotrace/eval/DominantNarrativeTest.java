package org.echotrace.eval;

import org.echotrace.cluster.Narrative;
import org.echotrace.cluster.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DominantNarrativeTest {
    private static Narrative narrative(String id, String... claimKeys) {
        List<Narrative.Member> members = java.util.Arrays.stream(claimKeys).map(k -> new Narrative.Member(k, 1.0)).toList();
        List<String> articles = List.copyOf(new TreeSet<>(java.util.Arrays.stream(claimKeys).map(k -> k.substring(0, k.indexOf('#'))).toList()));
        return new Narrative(id, Optional.empty(), id, claimKeys[0], "", List.of(), members, articles, List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), new TreeMap<>(), List.of(),
                new Provenance(articles.get(0), "", Optional.empty(), List.of(), List.of(), List.of(), List.of(), 0, 0), false);
    }

    @Test
    void anArticleGoesToTheNarrativeHoldingMostOfItsClaims() {
        List<Narrative> ns = List.of(narrative("N-1", "a#0", "b#0"), narrative("N-2", "a#1", "a#2", "c#0"));
        Map<String, String> m = DominantNarrative.of(ns);
        assertEquals("N-2", m.get("a"));
        assertEquals("N-1", m.get("b"));
        assertEquals("N-2", m.get("c"));
    }

    @Test
    void aTieGoesToTheLargerNarrative() {
        List<Narrative> ns = List.of(narrative("N-1", "a#0"), narrative("N-2", "a#1", "b#0", "c#0"));
        assertEquals("N-2", DominantNarrative.of(ns).get("a"));
    }

    @Test
    void anArticleAloneInItsNarrativesReachesNoOther() {
        List<Narrative> ns = List.of(narrative("N-1", "a#0", "a#1"), narrative("N-2", "b#0", "c#0"));
        assertFalse(DominantNarrative.reachesOthers(ns, "a"));
        assertTrue(DominantNarrative.reachesOthers(ns, "b"));
    }
}
