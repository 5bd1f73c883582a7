package org.echotrace.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A check-worthy statement of an article's body. An {@code ATTRIBUTED} claim carries the
 * attribution it comes from (speaker, cue, chain); an {@code OWN} claim is the outlet's voice.
 *
 * @param index          position among the article's claims, from zero
 * @param span           the statement's content in the original text (for an attributed claim,
 *                       the attribution's content extent)
 * @param text           the covered text, whitespace-normalised
 * @param checkWorthiness 0..1: how much the sentence states checkable facts (numbers, named
 *                       actors, events) rather than framing
 */
public record Claim(int index, ClaimKind kind, TextSpan span, String text, Optional<Attribution> attribution,
                    double checkWorthiness, Set<ClaimMark> marks) {
    public Claim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attribution, "attribution");
        marks = Set.copyOf(marks);
        if (kind == ClaimKind.ATTRIBUTED && attribution.isEmpty()) {
            throw new IllegalArgumentException("an attributed claim needs its attribution");
        }
    }

    public Optional<Speaker> speaker() {
        return attribution.flatMap(Attribution::speaker);
    }

    public List<SourceHop> chain() {
        return attribution.map(Attribution::chain).orElse(List.of());
    }
}
