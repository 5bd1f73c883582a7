package org.echotrace.link.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A two-level taxonomy of narratives and sub-narratives, in the analyst's order.
 *
 * <p>"Other" follows SemEval-2025 Task 10: an article that carries none of the narratives is
 * labelled {@link #OTHER} at both levels, and an article that carries a narrative but none of its
 * listed sub-narratives carries the sub-narrative {@code <narrative>: Other} where the taxonomy has
 * one. {@link #OTHER} itself is never an entry.
 */
public record Taxonomy(List<TaxonomyEntry> narratives, List<TaxonomyEntry> subNarratives) {
    public static final String OTHER = "Other";

    public Taxonomy {
        narratives = List.copyOf(narratives);
        subNarratives = List.copyOf(subNarratives);
        Map<String, TaxonomyEntry> seen = new LinkedHashMap<>();
        for (TaxonomyEntry n : narratives) {
            if (!n.isNarrative() || seen.put(n.label(), n) != null || n.label().equals(OTHER)) {
                throw new IllegalArgumentException("bad or repeated narrative: " + n.label());
            }
        }
        for (TaxonomyEntry s : subNarratives) {
            if (s.isNarrative() || !seen.containsKey(s.parent().get()) || seen.put(s.label(), s) != null) {
                throw new IllegalArgumentException("bad or repeated sub-narrative: " + s.label());
            }
        }
    }

    /** Narratives then sub-narratives: the order of a classifier's outputs. */
    public List<TaxonomyEntry> entries() {
        List<TaxonomyEntry> all = new ArrayList<>(narratives);
        all.addAll(subNarratives);
        return Collections.unmodifiableList(all);
    }

    public Optional<TaxonomyEntry> find(String label) {
        for (TaxonomyEntry e : entries()) {
            if (e.label().equals(label)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The {@code <narrative>: Other} sub-narrative of a narrative, if the taxonomy lists one. */
    public Optional<TaxonomyEntry> findOtherOf(String narrative) {
        return find(narrative + ": " + OTHER).filter(TaxonomyEntry::isOtherOfNarrative);
    }

    public List<TaxonomyEntry> subNarrativesOf(String narrative) {
        return subNarratives.stream().filter(s -> s.parent().get().equals(narrative)).toList();
    }
}
