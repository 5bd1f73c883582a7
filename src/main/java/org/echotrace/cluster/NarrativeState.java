package org.echotrace.cluster;

import java.util.List;

/**
 * Everything a run hands to the next one: the narratives (live and retired), the next number to
 * give a new narrative, and the last analyst override already applied.
 */
public record NarrativeState(int nextNumber, long appliedOverrides, List<StoredNarrative> narratives) {
    public static final NarrativeState EMPTY = new NarrativeState(1, 0, List.of());

    public NarrativeState {
        narratives = List.copyOf(narratives);
        if (nextNumber < 1) {
            throw new IllegalArgumentException("narrative numbers start at 1, got " + nextNumber);
        }
    }
}
