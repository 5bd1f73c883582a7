package org.echotrace.cluster;

import java.util.List;

/**
 * An analyst's decision about narratives, recorded by command and applied once, in {@code seq}
 * order, by the next run; its effect is then part of the state and lasts.
 */
public sealed interface NarrativeOverride {
    long seq();

    /** Keep the narrative as it is: no new claims, no merges. */
    record Pin(long seq, String id) implements NarrativeOverride {
    }

    record Unpin(long seq, String id) implements NarrativeOverride {
    }

    record Rename(long seq, String id, String label) implements NarrativeOverride {
    }

    /** Moves the claims of {@code from} into {@code into}; {@code from} is retired. */
    record Merge(long seq, String into, String from) implements NarrativeOverride {
    }

    /** Moves the given claims of {@code id} into a new narrative, kept apart from {@code id} from then on. */
    record Split(long seq, String id, List<String> claimKeys) implements NarrativeOverride {
        public Split {
            claimKeys = List.copyOf(claimKeys);
        }
    }
}
