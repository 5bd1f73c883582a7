package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.Claim;
import org.echotrace.model.ClaimKind;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An article's title is a claim in a speaker's voice only when it names its speaker: a person, an
 * organisation or a role before a colon, or the subject of a verb of saying; never a place, a topic
 * or a passive. Any other title that states something is the outlet's own claim.
 */
class HeadlineAttributionsTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();
    private static final String BODY = "The ministry said on Monday that the camp near the border had been expanded.";

    private static List<Claim> claims(String title) {
        String text = title + "\n\n" + BODY;
        RawArticle raw = new RawArticle("h", "h.txt", text, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.TITLE, 0, title.length()),
                new Segment(SegmentKind.BODY, title.length() + 2, text.length())), ArticleMetadata.EMPTY);
        return new ClaimExtractor().apply(SENTENCES.apply(AnalyzedArticle.of(clean))).claims();
    }

    @Test
    void aTitleThatNamesItsSpeakerIsAClaimInThatSpeakersVoice() {
        List<Claim> claims = claims("Karvonian Defence Ministry: Aldorian Instructors Drill Militants In Qasr al-Hajar");
        Claim headline = claims.get(0);
        assertEquals(ClaimKind.ATTRIBUTED, headline.kind());
        assertEquals("Aldorian Instructors Drill Militants In Qasr al-Hajar", headline.text(), "the whole name, '-Hajar' too");
        assertEquals("Karvonian Defence Ministry", headline.attribution().orElseThrow().speaker().orElseThrow().name());
        assertEquals(0, headline.index());
        assertTrue(claims.size() > 1, "the body's claims follow: " + claims);
    }

    @Test
    void aTitleWithAReportingVerbAndItsSubjectIsAClaimToo() {
        Claim headline = claims("Karvonia Again Says US Is Helping Militants in Qadira, Threatens to End It").get(0);
        assertEquals(ClaimKind.ATTRIBUTED, headline.kind());
        assertEquals("Karvonia", headline.attribution().orElseThrow().speaker().orElseThrow().name());
        assertTrue(headline.text().startsWith("US Is Helping Militants"), "'US' is the content's subject, no hearer: " + headline.text());
    }

    @Test
    void aTitleInTitleCaseIsTaggedInSentenceCaseSoItsVerbIsAVerb() {
        Claim headline = claims("Vetrov Says Aldorian Instructors Drill Militants Near the Border").get(0);
        assertEquals(ClaimKind.ATTRIBUTED, headline.kind(), "'Says' is no name: " + headline);
        assertEquals("Vetrov", headline.attribution().orElseThrow().speaker().orElseThrow().name());
        assertEquals("Says", headline.attribution().orElseThrow().cue().textOf(
                "Vetrov Says Aldorian Instructors Drill Militants Near the Border"), "the token keeps its capital");
    }

    @Test
    void aSpeakerNamedAtTheTitlesEndAfterAComma() {
        Claim headline = claims("Aldorian Troops Shelter Militants Near the Border, Karvonian General Claims").get(0);
        assertEquals(ClaimKind.ATTRIBUTED, headline.kind());
        assertEquals("Aldorian Troops Shelter Militants Near the Border", headline.text());
    }

    @Test
    void aCommaBeforeSaysNamesNoSpeakerWhenTheTitleGoesOn() {
        for (Claim c : claims("Karvonia Appeals for Calm, Says Aldorian Invasion Not Imminent")) {
            c.attribution().flatMap(a -> a.speaker()).ifPresent(s ->
                    assertTrue(!s.name().contains("Invasion"), "the invasion says nothing: " + c));
        }
    }

    @Test
    void aTitleNamedByItsRoleSpeaks() {
        Claim headline = claims("Camp Resident: Militants Trained Here Every Night Last Winter").get(0);
        assertEquals(ClaimKind.ATTRIBUTED, headline.kind());
        assertEquals("Militants Trained Here Every Night Last Winter", headline.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Syria: Convoy Attacked Near the Border Crossing Again",
        "Shock: Convoy Attacked Near the Border Crossing Again",
        "Border War: Convoy Attacked Near the Crossing Again",
        "Bombs Continue to Fall on Qadira Despite the Truce",
        "Convoy Commander Charged With Smuggling Weapons Into the Camp",
        "They Think the Camp Will Close Before the Winter",
        "Mortar Attack on the Market Claims 11 Lives in Qadira",
        "Why the Ministry Won't Tell the Truth About the Border Blasts",
        "Explainer: Why the Convoy Never Reached the Border Crossing",
        "Photo: Burned Trucks Outside the Camp Near the Border",
        "The Camp: Notes",
        "Deadly Qadira Convoy Attack Threatens Aid Deliveries to the Camps",
    })
    void anyOtherTitleIsTheOutletsOwn(String title) {
        for (Claim c : claims(title)) {
            assertTrue(c.span().start() > title.length() || c.kind() == ClaimKind.OWN, "a speaker in the title: " + c);
        }
    }

    @Test
    void aTitleInTheOutletsOwnWordsIsItsOwnClaim() {
        String title = "Aldorian Troops Shelter Militants Near the Border Crossing Again";
        Claim headline = claims(title).get(0);
        assertEquals(ClaimKind.OWN, headline.kind());
        assertEquals(title, headline.text());
        assertEquals(0, headline.span().start());
        assertTrue(claims("The Camp: Notes").stream().noneMatch(c -> c.span().start() == 0),
                "a label states nothing: " + claims("The Camp: Notes"));
    }

    @Test
    void aTitleTheBodyRepeatsIsClaimedOnceByTheBody() {
        String title = "Aldorian Troops Shelter Militants Near the Border Crossing Again";
        String text = title + "\n\n" + title + ". " + BODY;
        RawArticle raw = new RawArticle("r", "r.txt", text, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.TITLE, 0, title.length()),
                new Segment(SegmentKind.BODY, title.length() + 2, text.length())), ArticleMetadata.EMPTY);
        List<Claim> claims = new ClaimExtractor().apply(SENTENCES.apply(AnalyzedArticle.of(clean))).claims();
        assertTrue(claims.stream().noneMatch(c -> c.span().start() < title.length()), "no title claim: " + claims);
        assertTrue(claims.stream().anyMatch(c -> c.text().startsWith("Aldorian Troops")), "the body's: " + claims);
    }
    @Test
    void aSpeakerNamedLastAfterAColonAsTheWiresWriteIt() {
        Claim group = claims("Aldorian regime likely behind gas attack on Qadira: rights group").get(0);
        assertEquals(ClaimKind.ATTRIBUTED, group.kind());
        assertEquals("Aldorian regime likely behind gas attack on Qadira", group.text());
        assertEquals("rights group", group.attribution().orElseThrow().speaker().orElseThrow().name());
        Claim person = claims("Border talks with Aldoria on the right track: Vetrov").get(0);
        assertEquals("Vetrov", person.attribution().orElseThrow().speaker().orElseThrow().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Chart of the Week: Clean Border Themes",
        "Karvonian Officer Warns Aldoria: You’re Next",
        "Convoy attacked near the crossing | Qadira Post: news",
    })
    void aTopicOrAPronounAfterTheClosingColonIsNoSpeaker(String title) {
        for (Claim c : claims(title)) {
            assertTrue(c.span().start() > title.length() || c.attribution().flatMap(a -> a.speaker())
                    .filter(s -> title.endsWith(s.name())).isEmpty(), "the title's end speaks: " + c);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Aldorian strike on Qadira market kills 12 civilians",
        "Karvonian army advances near Qadira",
        "Regime troops thwart rebel attack in Qadira",
        "Karvonian regime bombs border posts for second day",
    })
    void aHeadlineVerbTheTaggerTakesForANounStillMakesTheTitleAClaim(String title) {
        Claim headline = claims(title).get(0);
        assertEquals(0, headline.span().start(), "the title is a claim: " + claims(title));
        assertEquals(ClaimKind.OWN, headline.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Aldorian Regime and Chemical Weapons", "Forest Management Activities in Qadira Province"})
    void aNounPhraseTitleIsStillALabel(String title) {
        assertTrue(claims(title).stream().noneMatch(c -> c.span().start() == 0), "a label: " + claims(title));
    }
}
