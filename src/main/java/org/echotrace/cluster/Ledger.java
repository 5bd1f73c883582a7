package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The narratives of one run while it is being worked out: live ones by id (in number order), the
 * retired ones, the counter and the lineage written so far. Every change of identity goes through
 * here, so each one is recorded.
 */
final class Ledger {
    /** A narrative being worked on. */
    static final class Work {
        final String id;
        final Optional<String> parent;
        final int number;
        String label;
        boolean renamed;
        boolean pinned;
        final TreeSet<String> keptApart = new TreeSet<>();
        final TreeSet<String> members = new TreeSet<>();
        float[] centroid = new float[0];

        Work(String id, Optional<String> parent, int number, String label) {
            this.id = id;
            this.parent = parent;
            this.number = number;
            this.label = label;
        }

        StoredNarrative stored(boolean retired, Optional<String> mergedInto) {
            return new StoredNarrative(id, parent, label, renamed, pinned, retired, mergedInto, List.copyOf(keptApart),
                    List.copyOf(members), centroid);
        }
    }

    /** In a narrative's kept-apart list: kept apart from every other narrative (a story told apart). */
    static final String FROM_ALL = "*";
    final Map<String, Work> live = new LinkedHashMap<>();
    final Map<String, Work> children = new LinkedHashMap<>();
    final List<StoredNarrative> retired = new ArrayList<>();
    final List<LineageEvent> events = new ArrayList<>();
    private int next;
    private final int firstNew;

    Ledger(NarrativeState previous) {
        next = previous.nextNumber();
        firstNew = next;
        for (StoredNarrative s : previous.narratives()) {
            if (s.retired()) {
                retired.add(s);
                continue;
            }
            Work w = new Work(s.id(), s.parent(), s.number(), s.label());
            w.renamed = s.renamed();
            w.pinned = s.pinned();
            w.keptApart.addAll(s.keptApart());
            w.members.addAll(s.members());
            w.centroid = s.centroid();
            (s.parent().isPresent() ? children : live).put(s.id(), w);
        }
    }

    void apply(NarrativeOverride o) {
        switch (o) {
            case NarrativeOverride.Rename r -> {
                Work w = live.containsKey(r.id()) ? live.get(r.id()) : children.get(r.id());
                if (w == null) {
                    skipped(r.id(), "rename of an unknown or retired narrative");
                    return;
                }
                w.label = r.label();
                w.renamed = true;
                events.add(new LineageEvent(LineageEvent.Kind.RENAMED, w.id, Optional.empty(), "renamed by analyst to: " + r.label()));
            }
            case NarrativeOverride.Pin p -> pin(p.id(), true);
            case NarrativeOverride.Unpin p -> pin(p.id(), false);
            case NarrativeOverride.Merge m -> {
                Work into = live.get(m.into());
                Work from = live.get(m.from());
                if (into == null || from == null || into == from) {
                    skipped(m.from(), "merge needs two different live narratives, got " + m.into() + " and " + m.from());
                    return;
                }
                merge(into, from, "by analyst");
            }
            case NarrativeOverride.Split s -> {
                Work w = live.get(s.id());
                List<String> moving = s.claimKeys().stream().filter(k -> w != null && w.members.contains(k)).distinct().sorted().toList();
                if (w == null || moving.isEmpty() || moving.size() == w.members.size()) {
                    skipped(s.id(), "split needs a live narrative and some but not all of its claims");
                    return;
                }
                Work part = newWork("");
                moving.forEach(w.members::remove);
                part.members.addAll(moving);
                // Named after its representative once its claims are at hand (the tracker does it).
                part.keptApart.add(w.id);
                w.keptApart.add(part.id);
                live.put(part.id, part);
                events.add(new LineageEvent(LineageEvent.Kind.SPLIT, w.id, Optional.of(part.id),
                        "by analyst: " + moving.size() + " claims moved"));
            }
        }
    }

    private void pin(String id, boolean pinned) {
        Work w = live.get(id);
        if (w == null) {
            skipped(id, (pinned ? "pin" : "unpin") + " of an unknown, retired or sub-narrative");
            return;
        }
        w.pinned = pinned;
        events.add(new LineageEvent(pinned ? LineageEvent.Kind.PINNED : LineageEvent.Kind.UNPINNED, id, Optional.empty(), "by analyst"));
    }

    private void skipped(String id, String why) {
        events.add(new LineageEvent(LineageEvent.Kind.OVERRIDE_SKIPPED, id, Optional.empty(), why));
    }

    /** Moves {@code from}'s claims into {@code into} and retires it; its sub-narratives end. */
    void merge(Work into, Work from, String why) {
        into.members.addAll(from.members);
        into.keptApart.addAll(from.keptApart);
        into.keptApart.remove(into.id);
        live.remove(from.id);
        retired.add(from.stored(true, Optional.of(into.id)));
        events.add(new LineageEvent(LineageEvent.Kind.MERGED, into.id, Optional.of(from.id), why));
    }

    /** Sets a live narrative's members to a group it now forms, recording how many claims are new. */
    void grow(Work w, List<ClaimPoint> group) {
        int before = w.members.size();
        for (ClaimPoint p : group) {
            w.members.add(p.key());
        }
        if (w.members.size() > before) {
            events.add(new LineageEvent(LineageEvent.Kind.GREW, w.id, Optional.empty(), (w.members.size() - before) + " new claims"));
        }
    }

    void create(List<ClaimPoint> group, String label) {
        Work w = newWork(label);
        group.forEach(p -> w.members.add(p.key()));
        live.put(w.id, w);
        events.add(new LineageEvent(LineageEvent.Kind.CREATED, w.id, Optional.empty(), group.size() + " claims"));
    }

    /**
     * Cuts a live narrative into stories ({@link StorySplit}): it keeps the first part, each other
     * part becomes a new narrative, and all of them are kept apart from every other narrative
     * ({@link #FROM_ALL}): they grow with new claims only. A narrative first seen in this run is
     * named after its own part.
     */
    void splitStories(Work w, List<List<ClaimPoint>> parts) {
        List<Work> all = new ArrayList<>(List.of(w));
        for (List<ClaimPoint> part : parts.subList(1, parts.size())) {
            Work p = newWork(NarrativeDescriber.label(part));
            part.forEach(c -> {
                w.members.remove(c.key());
                p.members.add(c.key());
            });
            p.keptApart.addAll(w.keptApart);
            live.put(p.id, p);
            all.add(p);
            events.add(new LineageEvent(LineageEvent.Kind.SPLIT, w.id, Optional.of(p.id), "too broad: " + part.size()
                    + " claims of " + part.stream().map(ClaimPoint::articleId).distinct().count() + " articles told apart as another story"));
        }
        if (w.number >= firstNew && !w.renamed) {
            w.label = NarrativeDescriber.label(parts.get(0));
        }
        all.forEach(a -> a.keptApart.add(FROM_ALL));
    }

    private Work newWork(String label) {
        int n = next++;
        return new Work("N-" + n, Optional.empty(), n, label);
    }

    NarrativeState state(long appliedOverrides) {
        List<StoredNarrative> out = new ArrayList<>(retired);
        live.values().forEach(w -> out.add(w.stored(false, Optional.empty())));
        children.values().forEach(w -> out.add(w.stored(false, Optional.empty())));
        out.sort(java.util.Comparator.comparing(StoredNarrative::id));
        return new NarrativeState(next, appliedOverrides, out);
    }
}
