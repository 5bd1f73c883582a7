package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sub-narratives: inside a narrative, the tight groups that say one specific thing (same core, a
 * new claim), found with a stricter threshold. The largest group is the core and stays with the
 * parent; each other group of two or more claims becomes a child. A child keeps its id from run to
 * run by claim overlap with the previous children; its number under the parent is never reused.
 */
final class SubNarratives {
    private final NarrativeClusterer clusterer;
    private final Ledger ledger;
    private final Set<String> seen = new HashSet<>();

    SubNarratives(NarrativeClusterer clusterer, Ledger ledger) {
        this.clusterer = clusterer;
        this.ledger = ledger;
    }

    List<Ledger.Work> of(Ledger.Work parent, List<ClaimPoint> members) {
        List<List<ClaimPoint>> groups = new ArrayList<>(clusterer.cluster(members));
        int core = 0;
        for (int g = 1; g < groups.size(); g++) {
            if (groups.get(g).size() > groups.get(core).size()) {
                core = g;
            }
        }
        List<List<ClaimPoint>> drift = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (g != core && groups.get(g).size() >= 2) {
                drift.add(groups.get(g));
            }
        }
        List<Ledger.Work> previous = previousOf(parent);
        record Overlap(int group, Ledger.Work child, int shared) {
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (int g = 0; g < drift.size(); g++) {
            for (Ledger.Work c : previous) {
                int shared = (int) drift.get(g).stream().filter(p -> c.members.contains(p.key())).count();
                if (shared > 0) {
                    overlaps.add(new Overlap(g, c, shared));
                }
            }
        }
        overlaps.sort(Comparator.comparingInt((Overlap o) -> -o.shared()).thenComparingInt(o -> o.child().number)
                .thenComparingInt(Overlap::group));
        Ledger.Work[] assigned = new Ledger.Work[drift.size()];
        Set<Ledger.Work> taken = new HashSet<>();
        for (Overlap o : overlaps) {
            if (assigned[o.group()] == null && taken.add(o.child())) {
                assigned[o.group()] = o.child();
            }
        }
        int nextChild = ledger.retired.stream().filter(s -> s.parent().equals(Optional.of(parent.id)))
                .mapToInt(StoredNarrative::number).max().orElse(0);
        for (Ledger.Work c : previous) {
            nextChild = Math.max(nextChild, c.number);
        }
        List<Ledger.Work> out = new ArrayList<>();
        for (int g = 0; g < drift.size(); g++) {
            Ledger.Work c = assigned[g];
            if (c == null) {
                nextChild++;
                c = new Ledger.Work(parent.id + "." + nextChild, Optional.of(parent.id), nextChild,
                        NarrativeDescriber.label(drift.get(g)));
                ledger.children.put(c.id, c);
                ledger.events.add(new LineageEvent(LineageEvent.Kind.SUB_NARRATIVE, c.id, Optional.of(parent.id),
                        drift.get(g).size() + " claims"));
            }
            Ledger.Work child = c;
            child.members.clear();
            drift.get(g).forEach(p -> child.members.add(p.key()));
            seen.add(child.id);
            out.add(child);
        }
        out.sort(Comparator.comparingInt(w -> w.number));
        return out;
    }

    /** Retires the previous children that no group continued (or whose parent is gone). */
    void endOrphans() {
        for (Ledger.Work c : List.copyOf(ledger.children.values())) {
            if (!seen.contains(c.id)) {
                ledger.children.remove(c.id);
                ledger.retired.add(c.stored(true, Optional.empty()));
                ledger.events.add(new LineageEvent(LineageEvent.Kind.ENDED, c.id, c.parent, "no group of its claims is left"));
            }
        }
    }

    private List<Ledger.Work> previousOf(Ledger.Work parent) {
        return ledger.children.values().stream().filter(c -> c.parent.equals(Optional.of(parent.id)))
                .sorted(Comparator.comparingInt(c -> c.number)).toList();
    }
}
