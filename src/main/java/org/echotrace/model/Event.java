package org.echotrace.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claimed event, shaped like an ACLED row, plus what ACLED lacks: who claims it and through whom.
 *
 * @param eventType     ACLED event type ("Battles", "Explosions/Remote violence", ...)
 * @param subEventType  ACLED sub-event type ("Armed clash", "Air/drone strike", ...)
 * @param fatalitiesQualifier "at least", "about", "up to" ... as the text qualifies the count
 * @param claimedBy     the speaker of the claim the event comes from; the outlet itself for its own voice
 *                      (absent when the outlet is unknown too)
 * @param relayedVia    the chain of that claim
 * @param evidence      the sentence(s) the event was read from
 */
public record Event(Optional<ResolvedDate> eventDate, String eventType, String subEventType, Optional<String> actor1,
                    Optional<String> actor2, Optional<PlaceMention> location, Optional<Integer> fatalities,
                    Optional<String> fatalitiesQualifier, Optional<String> claimedBy, List<SourceHop> relayedVia,
                    TextSpan evidence) {
    public Event {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(subEventType, "subEventType");
        Objects.requireNonNull(evidence, "evidence");
        relayedVia = List.copyOf(relayedVia);
    }
}
