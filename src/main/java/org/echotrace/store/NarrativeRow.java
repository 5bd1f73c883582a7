package org.echotrace.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One narrative as listed: id, label and its reach. */
public record NarrativeRow(String id, Optional<String> parent, String label, boolean pinned, int claims, int articles,
                           List<String> outlets, Optional<LocalDate> firstSeen, Optional<LocalDate> lastSeen) {
    /** Top-level narratives by number, each followed by its sub-narratives by number. */
    static final Comparator<NarrativeRow> ORDER = Comparator
            .comparingInt((NarrativeRow r) -> number(r.parent().orElse(r.id())))
            .thenComparingInt(r -> r.parent().isPresent() ? number(r.id().substring(r.id().lastIndexOf('.') + 1)) : -1);

    private static int number(String id) {
        try {
            return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
