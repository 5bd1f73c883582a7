package org.echotrace.cluster;

import java.util.Optional;

/**
 * What happened to a narrative in a run.
 *
 * @param other  the second narrative of a merge (the one retired), a split (the new one), or a
 *               sub-narrative's parent
 * @param detail a short human sentence: who decided, how many claims
 */
public record LineageEvent(Kind kind, String narrative, Optional<String> other, String detail) {
    public enum Kind {
        CREATED, GREW, MERGED, SPLIT, RENAMED, PINNED, UNPINNED, SUB_NARRATIVE, ENDED, OVERRIDE_SKIPPED
    }
}
