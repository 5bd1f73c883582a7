package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.Attribution;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.junit.jupiter.api.Test;

/** "who", "which" as a source speak for the phrase before them; "the Observatory" for the body named in full. */
class RelativeSpeakersTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

    private static List<String> speakers(String body) {
        RawArticle raw = new RawArticle("t", "t.txt", body, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, body.length())), ArticleMetadata.EMPTY);
        return new ClaimExtractor().attributions(SENTENCES.apply(AnalyzedArticle.of(clean))).stream()
                .map(Attribution::speaker).flatMap(java.util.Optional::stream).map(s -> s.name()).toList();
    }

    private static List<String> mentions(String body) {
        RawArticle raw = new RawArticle("t", "t.txt", body, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, body.length())), ArticleMetadata.EMPTY);
        return new ClaimExtractor().attributions(SENTENCES.apply(AnalyzedArticle.of(clean))).stream()
                .map(Attribution::speaker).flatMap(java.util.Optional::stream).map(s -> s.mention().textOf(body)).toList();
    }

    @Test
    void aRelativePronounSpeaksForItsAntecedent() {
        List<String> names = speakers("Air strikes hit the town overnight. The convoy was stopped by Major Lena Varga, who said "
                + "that the road had been closed since Monday.");
        assertTrue(names.contains("Lena Varga"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equalsIgnoreCase("who")), names.toString());
        assertEquals(List.of("WHO"), speakers("WHO said on Monday that the clinic in the town had been hit twice."), "the World Health Organization");
    }

    @Test
    void theBodysShortNameIsTheBodyNamedBefore() {
        List<String> names = speakers("The Syrian Observatory for Human Rights said that 12 people were killed in the strikes. "
                + "The Observatory said that the toll was likely to rise.");
        assertEquals(List.of("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"), names);
        assertEquals(List.of("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
                speakers("The Syrian Observatory for Human Rights said that 12 people were killed in the strikes. "
                        + "The British-based Observatory said that the toll was likely to rise."), "where it is based");
    }

    @Test
    void heIsThePersonNamedBeforeWhenNoPersonHasSpoken() {
        List<String> names = speakers("Ivo Marek left the town council of Qadira in May after a row over the bridge. "
                + "He said on Monday that the bridge would stay closed for another year.");
        assertEquals(List.of("Ivo Marek"), names);
    }

    @Test
    void aBodysNameThenItsKindNamesTheBody() {
        assertEquals(List.of("Syrian Observatory for Human Rights"),
                speakers("At least ten people were killed in the strikes on Thursday the Syrian Observatory for Human Rights monitor said."));
    }

    @Test
    void aSourceThatRunsOnThroughALostCommaStartsAtItsArticle() {
        List<String> names = speakers("At least ten people were killed in air strikes on the town in Syria a monitor said on Monday.");
        assertEquals(List.of("monitor"), names);
        List<String> head = speakers("The head of a monitoring group said on Monday that ten people were killed.");
        assertTrue(head.get(0).startsWith("head of a monitoring group"), head.toString());
    }

    @Test
    void aNamedBodyAfterALostCommaStartsAtItsThe() {
        assertEquals(List.of("Syrian Observatory for Human Rights"), speakers("Ten people were killed in air strikes on the east of "
                + "Aleppo city on Friday the Syrian Observatory for Human Rights said."));
        assertEquals(List.of("The head of the Syrian Observatory for Human Rights"),
                mentions("The head of the Syrian Observatory for Human Rights said that the road to the airport had been cut."));
    }

    @Test
    void aDatelineGluedToTheLeadIsNoPartOfItsSource() {
        assertEquals(List.of("State media"), mentions("Date of publication 27 October 2016 State media says that rebels hit a school."));
    }
    @Test
    void theLeadsUnnamedBodyIsTheBodyNamedNext() {
        List<String> names = speakers("A car bomb killed 14 soldiers in the west of the city on Monday, a monitoring group said.\n\n"
                + "The Britain-based Syrian Observatory for Human Rights said the bomb had been hidden in a fuel truck.\n\n"
                + "The Britain-based monitor said that 30 people were also wounded.");
        assertEquals(List.of("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights",
                "Syrian Observatory for Human Rights"), names);
    }

    @Test
    void aBodyDescribedByWhatItIsIsNotTheMonitorNamedBefore() {
        List<String> names = speakers("The Syrian Observatory for Human Rights said 12 fighters were killed in the clashes. "
                + "The jihadist group said on its channels that it had taken the hill.");
        assertEquals("Syrian Observatory for Human Rights", names.get(0));
        assertTrue(names.size() < 2 || !names.get(1).equals("Syrian Observatory for Human Rights"), names.toString());
        assertEquals(List.of("Russia", "monitor"), speakers("Russia said the strikes hit a depot. Ten people were killed in the town, a monitor said."),
                "a state is not the monitor");
    }

    @Test
    void aSourceGoingOnIntoARelativeClauseSpeaksFromBeforeIt() {
        assertEquals(List.of("A local activist"), mentions("A local activist who uses the name Abu Yasin said on Tuesday that "
                + "the attack on the town took place overnight."));
        assertEquals(List.of("Omar Abu Laila"), speakers("Opposition activist Omar Abu Laila who lives in Europe said that ten people "
                + "were killed."));
        assertEquals(List.of("police"), speakers("The man who shot the officer was arrested on Monday, police said."),
                "a clause closed before the source");
    }

    @Test
    void aCapitalisedArticleInsideASourceOpensIt() {
        assertEquals(List.of("A military source"), mentions("Homs A military source said on Sunday that army units destroyed a tunnel."));
    }
    @Test
    void theSourcesAreTheGroupDescribedBefore() {
        List<String> names = speakers("Local sources in the city told the agency that rockets hit the market on Tuesday. "
                + "The sources said that six civilians were wounded.");
        assertEquals(List.of("Local sources in the city", "Local sources in the city"), names);
    }
    @Test
    void theGroupGoesOnWithTheBodyThatSpokeJustBefore() {
        assertEquals(List.of("Karvonian Observatory for Human Rights", "Karvonian Observatory for Human Rights"),
                speakers("The Britain-based Karvonian Observatory for Human Rights says militants killed 33 men near the town "
                        + "on Wednesday. The group says its information came from a network of sources."));
        List<String> far = speakers("The Karvonian Observatory for Human Rights said 12 fighters were killed. "
                + "The fighting went on through the night in the hills west of the town, and the roads to the north and the "
                + "east were closed to traffic for most of the day, while residents of the surrounding villages waited in "
                + "their homes. Later in the week the army moved more troops into the area, and aid convoys were turned back "
                + "at the checkpoints on the main road. Schools in the valley stayed shut for a second week. "
                + "The group said it would fight on.");
        assertEquals("group", far.get(far.size() - 1), "a body named long before is not the group: " + far);
    }
    @Test
    void aDescriptionWhoseCommaWasLostSpeaksForTheBodyOpeningItsSentence() {
        assertEquals(List.of("Karvonian Observatory for Human Rights"), speakers("The Karvonian Observatory for Human Rights "
                + "a Britain-based monitoring group said 17 people were killed in the attack."));
        assertEquals(List.of("monitor"), speakers("Ten soldiers were killed when rebels attacked the Karvonian Arab Army a monitor said."),
                "the army is the object, not what the monitor describes");
    }
    @Test
    void itIsTheBodyOpeningItsOwnSentenceBeforeABodyThatSpokeEarlier() {
        assertEquals(List.of("Karvonian Observatory for Human Rights", "Karvan Relief Union"),
                speakers("The Karvonian Observatory for Human Rights said 12 people were killed. "
                        + "The Karvan Relief Union posted a video that it said showed the victims."));
    }
}
