package org.echotrace.extract.event;

import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Claim;
import org.echotrace.model.ClaimKind;
import org.echotrace.model.Event;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.Sentence;
import org.echotrace.model.SourceHop;
import org.echotrace.model.TextSpan;
import org.echotrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the claimed events of an article, one candidate per sentence the {@link EventTyper} finds
 * an event cue in: its date ({@link EventDates}), ACLED type, actors ({@link Actors}), place (from
 * the article's linked {@code places}), death toll ({@link Fatalities}), and who claims it: the
 * speaker and chain of the claim covering the sentence, or the outlet for its own voice. Sentences
 * that retell one event (a second translation of the same statement, "five militants were killed"
 * after the clash, "the attack was blamed on ISIS") are merged into it ({@link EventMerger}).
 *
 * <p>Design decision: a sentence with a cue but with no date, no toll and (for types other than
 * violence) no place is a statement about the world, not an event ("attacks increased in recent
 * weeks"), and is dropped: an ACLED row needs to say when or where.
 */
public final class EventExtractor implements Stage<AnalyzedArticle, AnalyzedArticle> {
    /** Diplomatic statements are what the claims stage records; they are not ACLED events. */
    private static final Set<EventType> NOT_EVENTS = Set.of(EventType.DIPLO);
    private static final Set<String> VIOLENT = Set.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Riots", "Protests");
    private static final java.util.regex.Pattern PAST = java.util.regex.Pattern.compile(
            "(?i)\\b(\\w+ed|fought|struck|hit|overran|took|seized|shot|blew|threw|stole|set|began|led)\\b");
    private static final java.util.regex.Pattern MODAL = java.util.regex.Pattern.compile(
            "\\b(preparing for|prepare for|plans? to|planning to|ready to|threaten\\w* to|intend\\w* to|in order to|"
                    + "would|will|could|might|may)\\b");
    /** "carried out a series of attacks": the verb may stand a few words before the cue noun. */
    private static final int PAST_WINDOW = 30;
    /** A follow-up sentence ("five militants were killed") adds to an event told this few sentences before. */
    static final int FOLLOW_UP = 2;

    private final EventTyper typer;

    /** With the cue-only typer, as the pipeline runs it. */
    public EventExtractor() {
        this(new EventTyper());
    }

    public EventExtractor(EventTyper typer) {
        this.typer = typer;
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        String text = in.text();
        List<EventDraft> drafts = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            TextSpan span = s.span();
            EventTyper.Typing t = typer.type(span.textOf(text));
            Optional<Fatalities.Toll> toll = Fatalities.find(text, span.start(), span.end());
            EventDraft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean followsLast = last != null && s.index() - last.sentence <= FOLLOW_UP;
            if (t.type() == EventType.ATTRIB && t.byCue()) {
                if (followsLast) {
                    blame(last, text, span, in);
                }
                continue;
            }
            if (!t.byCue() || NOT_EVENTS.contains(t.type())) {
                if (followsLast && toll.isPresent() && last.fatalities.isEmpty()) {
                    last.fatalities = toll;
                    last.evidence = last.evidence.union(span);
                }
                continue;
            }
            Optional<ResolvedDate> date = EventDates.find(text, span, in.clean().metadata());
            if (date.isEmpty() && EventDates.sameDay(text, span)) {
                date = lastDate(drafts);
            }
            Optional<PlaceMention> place = EventPlaces.location(text, span, in.places());
            int cueStart = span.start() + Math.max(0, t.cueStart());
            int cueEnd = t.cueEnd() >= 0 ? span.start() + t.cueEnd() : span.start();
            boolean told = pastAct(text, cueStart, cueEnd) && place.isPresent() && VIOLENT.contains(t.type().acledType());
            if ((date.isEmpty() && toll.isEmpty() && !told) || hypothetical(text, span.start(), cueStart)) {
                continue;
            }
            List<Actors.Actor> actors = Actors.find(text, span.start(), span.end(), in.entities());
            Actors.Sides sides = Actors.sides(text, span.start(), actors, cueEnd, toll.isPresent());
            EventDraft d = new EventDraft(s.index(), t.type(), span);
            d.date = date;
            d.place = place;
            d.fatalities = toll;
            d.actor1 = sides.actor1();
            d.actor2 = sides.actor2();
            claimant(in, span, d);
            drafts.add(d);
        }
        List<Event> events = new ArrayList<>();
        for (EventDraft d : EventMerger.merge(drafts)) {
            events.add(d.toEvent());
        }
        return in.withEvents(events);
    }

    /**
     * "were killed", "liberated", "struck", "carried out attacks": the cue, or the words just
     * before it, tell a past act, not a noun alone ("the offensive") or a plan.
     */
    private static boolean pastAct(String text, int cueStart, int cueEnd) {
        return PAST.matcher(text).region(Math.max(0, cueStart - PAST_WINDOW), cueEnd).find();
    }

    private static Optional<ResolvedDate> lastDate(List<EventDraft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).date.isPresent()) {
                return drafts.get(i).date;
            }
        }
        return Optional.empty();
    }

    /** "preparing for new attacks", "ready to begin", "would be eradicated": not (yet) an event. */
    private static boolean hypothetical(String text, int sentenceStart, int cueStart) {
        return MODAL.matcher(text).region(Math.max(sentenceStart, cueStart - 60), cueStart).find();
    }

    /** "The attack was blamed on ISIS": the group blamed becomes the event's actor1. */
    private static void blame(EventDraft event, String text, TextSpan span, AnalyzedArticle in) {
        List<Actors.Actor> actors = Actors.find(text, span.start(), span.end(), in.entities());
        for (Actors.Actor a : actors) {
            if (!Optional.of(a.name()).equals(event.actor2)) {
                if (event.actor1.isPresent() && !event.actor1.get().equals(event.actor2.orElse(""))) {
                    event.actor2 = event.actor2.isPresent() ? event.actor2 : event.actor1;
                }
                event.actor1 = Optional.of(a.name());
                event.evidence = event.evidence.union(span);
                return;
            }
        }
    }

    /**
     * The claim covering the sentence most: an attributed one gives its speaker (or its chain's
     * first hop) and chain; an own claim, or none, means the outlet asserts the event itself.
     */
    private static void claimant(AnalyzedArticle in, TextSpan sentence, EventDraft d) {
        Claim best = null;
        int bestOverlap = 0;
        for (Claim c : in.claims()) {
            int overlap = Math.min(c.span().end(), sentence.end()) - Math.max(c.span().start(), sentence.start());
            if (overlap > bestOverlap) {
                best = c;
                bestOverlap = overlap;
            }
        }
        Optional<String> outlet = in.clean().metadata().outlet();
        if (best == null || best.kind() == ClaimKind.OWN) {
            d.claimedBy = outlet;
            d.relayedVia = List.of();
            return;
        }
        List<SourceHop> chain = best.chain();
        Optional<String> speaker = best.speaker().map(sp -> sp.name());
        if (speaker.isEmpty() && !chain.isEmpty()) {
            speaker = Optional.of(chain.get(0).name());
        }
        d.claimedBy = speaker.isPresent() ? speaker : outlet;
        d.relayedVia = chain;
    }
}
