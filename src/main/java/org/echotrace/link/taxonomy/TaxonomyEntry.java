package org.echotrace.link.taxonomy;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a taxonomy: a narrative ({@code parent} empty) or a sub-narrative of the narrative
 * labelled {@code parent}. {@code label} is the full label as analysts and the SemEval files write
 * it ({@code "URW: Discrediting Ukraine: Discrediting Ukrainian military"}); {@code description} is
 * the text compared with sentences for zero-shot entries (the label's own words when none is given).
 */
public record TaxonomyEntry(String label, Optional<String> parent, String description) {
    public TaxonomyEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(description, "description");
        if (label.isBlank()) {
            throw new IllegalArgumentException("blank taxonomy label");
        }
    }

    public boolean isNarrative() {
        return parent.isEmpty();
    }

    /** A sub-narrative named {@code <narrative>: Other}: its narrative, with none of the listed subs. */
    public boolean isOtherOfNarrative() {
        return parent.isPresent() && label.equals(parent.get() + ": " + Taxonomy.OTHER);
    }
}
