package org.echotrace.cluster;

import java.util.List;

/** The result of one run: the state for the next, the live narratives described, and what changed. */
public record NarrativeUpdate(NarrativeState state, List<Narrative> narratives, List<LineageEvent> events) {
    public NarrativeUpdate {
        narratives = List.copyOf(narratives);
        events = List.copyOf(events);
    }
}
