package org.echotrace.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.link.place.PlaceLinker;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.Attribution;
import org.echotrace.model.Claim;
import org.echotrace.model.ClaimKind;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.CueType;
import org.echotrace.model.Event;
import org.echotrace.model.HopRole;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.SourceHop;
import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();
    private static final PlaceLinker PLACES = new PlaceLinker();
    private static final EventExtractor EVENTS = new EventExtractor();

    private static final String TEXT = "Militants attacked an army post near Palmyra in Syria on March 3, killing at least 7 soldiers, "
            + "the ministry said. Prices of bread rose in the capital.";

    private static AnalyzedArticle article(String text, List<Claim> claims) {
        RawArticle raw = new RawArticle("t", "t.txt", text, "UTF-8", List.of());
        ArticleMetadata meta = ArticleMetadata.EMPTY.withOutlet(Optional.of("Example Outlet"))
                .withPublished(Optional.of(new PublishedDate("2021-05-02", "day", "test", -1, -1)));
        CleanArticle c = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, text.length())), meta);
        return PLACES.apply(SENTENCES.apply(AnalyzedArticle.of(c))).withClaims(claims);
    }

    private static Event only(AnalyzedArticle a) {
        List<Event> events = EVENTS.apply(a).events();
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void readsAnAcledRowFromOneSentence() {
        Event e = only(article(TEXT, List.of()));
        assertEquals("Battles", e.eventType());
        assertEquals("Armed clash", e.subEventType());
        assertEquals("2021-03-03", e.eventDate().orElseThrow().iso());
        assertEquals("SY", e.location().orElseThrow().place().country().orElseThrow());
        assertEquals(Optional.of(7), e.fatalities());
        assertEquals(Optional.of("at least"), e.fatalitiesQualifier());
        assertEquals(Optional.of("Unidentified armed group"), e.actor1());
        assertTrue(TEXT.substring(e.evidence().start(), e.evidence().end()).startsWith("Militants attacked"));
    }

    @Test
    void theSpeakerOfTheCoveringClaimClaimsTheEventThroughItsChain() {
        int end = TEXT.indexOf(", the ministry");
        int cue = TEXT.indexOf("said");
        List<SourceHop> chain = List.of(new SourceHop("Igor Example", HopRole.SPEAKER, Optional.empty()),
                new SourceHop("Defence Ministry", HopRole.ORGANISATION, Optional.empty()),
                new SourceHop("TASS", HopRole.RELAY, Optional.empty()),
                new SourceHop("Example Outlet", HopRole.OUTLET, Optional.empty()));
        Speaker speaker = new Speaker("Igor Example", SpeakerKind.PERSON, Optional.empty(),
                Optional.of("Defence Ministry"), new TextSpan(cue - 13, cue - 1), Optional.empty());
        Attribution at = new Attribution(CueType.values()[0], Optional.of(new TextSpan(cue - 13, cue - 1)),
                new TextSpan(cue, cue + 4), List.of(new TextSpan(0, end)), Optional.of(speaker), chain);
        Claim claim = new Claim(0, ClaimKind.ATTRIBUTED, new TextSpan(0, end), TEXT.substring(0, end),
                Optional.of(at), 0.9, Set.of());
        Event e = only(article(TEXT, List.of(claim)));
        assertEquals(Optional.of("Igor Example"), e.claimedBy());
        assertEquals(chain, e.relayedVia());
    }

    @Test
    void anOwnClaimOrNoneMeansTheOutletClaimsIt() {
        int end = TEXT.indexOf(", the ministry");
        Claim own = new Claim(0, ClaimKind.OWN, new TextSpan(0, end), TEXT.substring(0, end), Optional.empty(), 0.8, Set.of());
        assertEquals(Optional.of("Example Outlet"), only(article(TEXT, List.of(own))).claimedBy());
        assertEquals(Optional.of("Example Outlet"), only(article(TEXT, List.of())).claimedBy());
        assertEquals(List.of(), only(article(TEXT, List.of(own))).relayedVia());
    }

    @Test
    void aFollowUpSentenceAddsItsTollAndTheBlamedGroup() {
        String text = "Gunmen ambushed a convoy near Palmyra on March 3. Five soldiers were killed. "
                + "The attack was blamed on ISIS.";
        Event e = only(article(text, List.of()));
        assertEquals(Optional.of(5), e.fatalities());
        assertEquals(Optional.of("ISIS"), e.actor1());
        assertEquals(text.length(), e.evidence().end());
    }

    @Test
    void aStatementWithoutDateTollOrPlaceIsNoEvent() {
        assertEquals(List.of(), EVENTS.apply(article("Attacks on government forces increased in recent weeks.",
                List.of())).events());
        assertEquals(List.of(), EVENTS.apply(article("The army is preparing for an offensive on Palmyra next month.",
                List.of())).events());
    }

    @Test
    void aStatementRetoldLaterJoinsTheFirstTelling() {
        String text = "On March 3 militants attacked army posts near Palmyra, the ministry said. "
                + "Bread prices rose. Schools opened. Markets were busy. Trains ran late. "
                + "On March 3 terrorists carried out attacks on posts of the army near Palmyra, a statement read.";
        assertEquals(1, EVENTS.apply(article(text, List.of())).events().size());
    }
}
