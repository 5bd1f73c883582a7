package org.echotrace.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A narrative as the next run needs it: its id, name, the analyst's marks, its members' keys and
 * its centre. Retired narratives (merged away, or sub-narratives that ended) are kept so that an
 * id is never given twice.
 *
 * @param renamed     the label is an analyst's and is never replaced
 * @param pinned      the analyst froze it: it takes no new claims and joins nothing
 * @param mergedInto  where its claims went, when retired by a merge
 * @param keptApart   narratives it must not be joined with again (the other side of an analyst's split); "*": every other one (a story the story split told apart)
 */
public record StoredNarrative(String id, Optional<String> parent, String label, boolean renamed, boolean pinned,
                              boolean retired, Optional<String> mergedInto, List<String> keptApart,
                              List<String> members, float[] centroid) {
    public StoredNarrative {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(mergedInto, "mergedInto");
        keptApart = List.copyOf(keptApart);
        members = List.copyOf(members);
        Objects.requireNonNull(centroid, "centroid");
    }

    /** The counter of a top-level id ("N-12" gives 12), or of a sub-narrative's last part ("N-12.3" gives 3). */
    public int number() {
        String s = id.substring(id.lastIndexOf(parent.isPresent() ? '.' : '-') + 1);
        return Integer.parseInt(s);
    }
}
