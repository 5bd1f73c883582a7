package org.echotrace.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of an analyst's narrative taxonomy that an article carries: a narrative ({@code parent}
 * empty) or a sub-narrative of {@code parent}, with its score in [0, 1], how it was decided, and the
 * sentences that weigh most for it (empty for {@code Other}).
 */
public record TaxonomyLabel(String label, Optional<String> parent, double score, Basis basis, List<TextSpan> evidence) {
    /** Why the entry was given. */
    public enum Basis {
        /** A classifier trained on labelled articles scored it over its threshold. */
        TRAINED,
        /** No training data: its description is close enough to sentences of the article. */
        ZERO_SHOT,
        /** A narrative given because one of its sub-narratives was. */
        IMPLIED,
        /** The taxonomy's "Other": no narrative, or none of a narrative's listed sub-narratives. */
        OTHER
    }

    public TaxonomyLabel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(basis, "basis");
        evidence = List.copyOf(evidence);
    }
}
