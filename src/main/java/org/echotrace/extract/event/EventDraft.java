package org.echotrace.extract.event;

import org.echotrace.model.Event;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.SourceHop;
import org.echotrace.model.TextSpan;

import java.util.List;
import java.util.Optional;

/**
 * An event while it is being read: mutable, private to this package, so follow-up sentences and
 * retellings can fill what the first sentence left out before it becomes an immutable {@link Event}.
 */
final class EventDraft {
    final int sentence;
    final EventType type;
    TextSpan evidence;
    Optional<ResolvedDate> date = Optional.empty();
    Optional<PlaceMention> place = Optional.empty();
    Optional<Fatalities.Toll> fatalities = Optional.empty();
    Optional<String> actor1 = Optional.empty();
    Optional<String> actor2 = Optional.empty();
    Optional<String> claimedBy = Optional.empty();
    List<SourceHop> relayedVia = List.of();

    EventDraft(int sentence, EventType type, TextSpan evidence) {
        this.sentence = sentence;
        this.type = type;
        this.evidence = evidence;
    }

    Event toEvent() {
        return new Event(date, type.acledType(), type.acledSubType(), actor1, actor2, place,
                fatalities.map(Fatalities.Toll::count), fatalities.flatMap(Fatalities.Toll::qualifier), claimedBy,
                relayedVia, evidence);
    }
}
