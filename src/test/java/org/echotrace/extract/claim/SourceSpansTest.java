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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Source phrases cut from wire copy whose commas were lost and whose modifiers the tagger reads as
 * verbs: the phrase is the whole noun phrase that speaks, and the speaker the name inside it.
 */
class SourceSpansTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

    private static List<Attribution> attributions(String body) {
        RawArticle raw = new RawArticle("t", "t.txt", body, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, body.length())), ArticleMetadata.EMPTY);
        return new ClaimExtractor().attributions(SENTENCES.apply(AnalyzedArticle.of(clean)));
    }

    /** "source text -> speaker name -> cue" of each attribution. */
    private static List<String> relations(String body) {
        return attributions(body).stream()
                .map(a -> a.source().map(s -> s.textOf(body)).orElse("-") + " -> "
                        + a.speaker().map(s -> s.name()).orElse("-") + " -> " + a.cue().textOf(body))
                .toList();
    }

    @Test
    void aHyphenatedModifierStaysInsideTheSourcePhrase() {
        assertEquals(List.of("An AFP correspondent in rebel-held eastern Qadira -> AFP correspondent in rebel-held eastern Qadira -> said"),
                relations("An AFP correspondent in rebel-held eastern Qadira said the strikes were especially intense."));
        List<String> r = relations("\"The shells were hitting the same streets\" Ammar al-Selmo the head of the civil defence service "
                + "in opposition-held eastern Qadira told Reuters.");
        assertEquals(List.of("Ammar al-Selmo the head of the civil defence service in opposition-held eastern Qadira -> Ammar al-Selmo -> told"), r);
    }

    @Test
    void soCalledCallsNobodyAnything() {
        List<String> r = relations("\"At least 23 civilians were killed\" said the so-called Qadira Observatory for Human Rights.");
        assertEquals(List.of("the so-called Qadira Observatory for Human Rights -> Qadira Observatory for Human Rights -> said"), r);
    }

    @Test
    void aDeterminerAloneIsNoSource() {
        List<String> r = relations("According to the widely discredited official story, the destroyer was pursued by three boats.");
        assertEquals(List.of("the widely discredited official story -> widely discredited official story -> According to"), r);
    }

    @Test
    void aDeterminerAfterACommonNounOpensTheSpeakersPhraseWhenTheCommaIsLost() {
        List<String> r = relations("Asked about a report that a drone carried out the strike the spokesman for the US-led coalition "
                + "said the location was outside its area of operations.");
        assertTrue(r.contains("the spokesman for the US-led coalition -> spokesman for the US-led coalition -> said"), r.toString());
    }

    /**
     * Wire copy whose commas were lost: the source phrase of the relation with the given cue. A
     * determiner after a place, a month or an adjective opens the speaker's phrase, after a name it
     * begins an apposition; an agency's acronym after a place opens it, unless the words before spell
     * it or a name's preposition stands before them; a participle of speech after a thing speaks for its
     * clause's subject; a phrase naming a speaker after "said" and running to the sentence's end is an
     * inverted report's source.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Another 42 people were killed in strikes on eastern Aleppo the monitor said.|said|the monitor",
        "The coalition has hit 300 targets since late September the coalition said.|said|the coalition",
        "Four Kurdish militiamen and 11 jihadists made up the rest of the dead the watchdog said.|said|the watchdog",
        "Ammar al-Selmo the head of the civil defence said five people died.|said|Ammar al-Selmo the head of the civil defence",
        "A mortar shell killed three people in the Abbasids neighbourhood of northeast Damascus SANA said.|said|SANA",
        "Warplanes struck the city of Deir al-Zor Syrias SANA state news agency said.|said|SANA state news agency",
        "The convoy was hit a statement from Yacoub El Hillo UN Resident Coordinator said.|said|a statement from Yacoub El Hillo UN Resident Coordinator",
        "Five people died in the strike the Syrian Observatory for Human Rights SOHR said.|said|the Syrian Observatory for Human Rights SOHR",
        "Turkeys official Anadolu Agency put the death toll at least at 85 adding that 50 civilians were also wounded.|adding|Turkeys official Anadolu Agency",
        "The army again denied using chemical weapons on Tuesday insisting it has never used them.|insisting|The army",
        "The Syrian Observatory for Human Rights said those killed had died from the effects of the gas adding that dozens more fell ill.|adding|The Syrian Observatory for Human Rights",
        "Clinton leads with about three in 10 saying they are very liberal.|saying|about three in 10",
        "The strikes killed 17 people including five children said the Observatory.|said|the Observatory",
        "The air strikes also wounded more than 60 people said the Observatory a British-based war monitoring group.|said|the Observatory",
        "The Kremlin said Putin did not agree.|said|The Kremlin",
        "Only 52 percent agreed that Clinton is healthy while 73 percent said the same of Trump.|said|73 percent",
        "\"It is going to be a very unfair debate,\" Trump said this month on CNBC.|said|Trump",
        "\"Nothing is real. They want a road to leave Aleppo\" says al-Hajj.|says|al-Hajj.",
    })
    void theSpeakersPhraseWhenTheCommaIsLost(String body, String cue, String source) {
        List<String> sources = attributions(body).stream().filter(a -> a.cue().textOf(body).equals(cue))
                .map(a -> a.source().map(x -> x.textOf(body)).orElse("-")).toList();
        assertEquals(List.of(source), sources);
    }

    @Test
    void anArticleAfterTheSourceOpensTheContentWhenTheCommaIsLost() {
        String body = "According to the observatory the strike hit the village of Thalthana in northern Aleppo province.";
        List<Attribution> a = attributions(body);
        assertEquals(1, a.size(), a.toString());
        assertEquals("the observatory", a.get(0).source().orElseThrow().textOf(body));
        assertEquals("the strike hit the village of Thalthana in northern Aleppo province", a.get(0).contentExtent().textOf(body));
        String such = "According to such a report, the convoy was hit.";
        assertEquals("such a report", attributions(such).get(0).source().orElseThrow().textOf(such));
    }

    @Test
    void anAffiliationBeforeANameIsNoPartOfIt() {
        List<String> r = relations("The Daesh-linked Aamaq news agency said an attack on the base was under way. "
                + "State-run news agency SANA said the plant was hit.");
        assertEquals(List.of("The Daesh-linked Aamaq news agency -> Aamaq news agency -> said",
                "State-run news agency SANA -> SANA -> said"), r);
    }

    @Test
    void aNumberRightAfterTheCueOpensTheContent() {
        String body = "The monitor said Friday 15 people were killed. It said on 12 June the toll rose.";
        List<String> contents = attributions(body).stream().map(a -> a.content().get(0).textOf(body)).toList();
        assertEquals(List.of("15 people were killed", "the toll rose"), contents);
    }

    @Test
    void aDayAfterOnEndsThePlaceBeforeTheSpeaker() {
        List<String> r = relations("At least three children were killed in a rocket attack on a school in the west of Qadira city "
                + "on Thursday Karvonian state media said.");
        assertEquals(List.of("Karvonian state media -> Karvonian state media -> said"), r);
    }

    @Test
    void soCalledWithoutItsHyphenCallsNobodyEither() {
        List<String> r = relations("Groups affiliated to the Front and the so called Qadira Brigade attacked military posts.");
        assertEquals(List.of(), r);
    }

    @Test
    void quantifiersSpeakButArticlesAloneDoNot() {
        assertEquals(List.of("Some -> Some -> said"), relations("Some said the town fell."));
        List<String> r = relations("In the clip, Anderson states the following: \"The bridge was never built.\"");
        assertTrue(r.stream().noneMatch(x -> x.startsWith("the ->")), r.toString());
    }

    @Test
    void aNameThatIsAlsoAVerbSpeaksBeforeItsVerb() {
        assertEquals(List.of("Trump -> Trump -> said"), relations("Trump said he would order a review of the defences."));
        assertEquals(List.of("Trump -> Trump -> openly admires"), relations("Trump openly admires the Karvonian president."));
        assertEquals(List.of(), relations("Stop lying to the voters."));
    }

    @Test
    void anAsideBetweenTheSubjectAndItsCueIsSkipped() {
        assertEquals(List.of("The mayor -> mayor -> said"),
                relations("The mayor, speaking to a veterans group in Qadira, said he would order a review."));
        assertEquals(List.of("Hadley -> Hadley -> said"), relations("Hadley, who spoke in Ohio, said the plant would close."));
    }

    @Test
    void aLongAppositionAfterANameIsTakenWhole() {
        assertEquals(List.of("Omar Haddad, a senior fellow at the institute and a former ambassador to Karvonia -> Omar Haddad -> said"),
                relations("Omar Haddad, a senior fellow at the institute and a former ambassador to Karvonia, said the strategy is clear."));
    }

    @Test
    void aPassiveCueNamesItsAgentAfterBy() {
        List<String> r = relations("The registration issue was first reported by The Qadira Herald.");
        assertEquals(List.of("The Qadira Herald -> Qadira Herald -> was first reported"), r);
    }

    @Test
    void aPronounContractedWithItsVerbSpeaks() {
        List<String> r = relations("Hadley said the plan failed. He’s claiming that the vote was rigged in the north.");
        assertEquals(List.of("Hadley -> Hadley -> said", "He’s -> Hadley -> claiming"), r);
    }

    @Test
    void aSecondVerbJoinedByAndSpeaksForTheFirstVerbsSubject() {
        List<String> r = relations("Hadley later tweeted a photograph of the bridge and said it had been shelled.");
        assertTrue(r.contains("Hadley -> Hadley -> said"), r.toString());
    }

    @Test
    void aNameOpeningTheSentenceSpeaksPastItsDescription() {
        List<String> r = relations("Leila Nasser, 63, an independent voter raised in Qadira, said she wanted change.");
        assertEquals(List.of("Leila Nasser, 63, an independent voter raised in Qadira -> Leila Nasser -> said"), r);
        assertEquals(List.of("Hadley -> Hadley -> said"), relations("Clinton, Hadley said, is a liar."));
    }

    @Test
    void aPossessiveOrAMistaggedModifierOpensTheSourceAfterAccordingTo() {
        assertEquals(List.of("his Facebook profile -> his Facebook profile -> according to"),
                relations("The pilot had flown for the airline since 2004, according to his Facebook profile."));
        assertEquals(List.of("exit polls -> exit polls -> According to"), relations("According to exit polls, Hadley won."));
    }

    @Test
    void aParticipleAfterAStatementSpeaksForWhoIssuedIt() {
        assertEquals(List.of("The council -> council -> saying"), relations("The council issued a statement saying the bridge was safe."));
        List<String> r = relations("The ad uses footage of Hadley asking, “Why are we not ahead?”");
        assertTrue(r.stream().noneMatch(x -> x.startsWith("The ad ->")), r.toString());
    }

    @Test
    void aTimePhraseIsNoSource() {
        List<String> r = relations("The plan is a disaster, the columnist Omar Haddad wrote Tuesday.");
        assertEquals(List.of("the columnist Omar Haddad -> Omar Haddad -> wrote"), r);
    }

    @Test
    void aPassiveWithNoAgentHasNoSource() {
        assertEquals(List.of("- -> - -> is expected"), relations("The council is expected to approve the budget on Monday."));
        assertEquals(List.of("- -> - -> was asked about"), relations("Hadley was asked about the dispute on Sunday."));
    }

    @Test
    void aParticipleSpeaksForTheNearestVerbsSubject() {
        List<String> r = relations("\"The plan failed,\" Hadley said, adding that he had fought for the bill.");
        assertEquals(List.of("Hadley -> Hadley -> said", "Hadley -> Hadley -> adding"), r);
        r = relations("Hadley flipped his choice on the spot – saying he was rooting for the visitors.");
        assertEquals(List.of("Hadley -> Hadley -> saying"), r);
    }

    @Test
    void aTimeBetweenTheSubjectAndItsVerbIsNoSubject() {
        List<String> r = relations("Hadley last week said the party had lost its way.");
        assertEquals(List.of("Hadley last week -> Hadley -> said"), r);
    }

    @Test
    void aSecondVerbSkipsTheClauseReportedByTheFirst() {
        List<String> r = relations("Karvonia has denied reports that its jets have hit Qadira in the renewed wave of bombardment "
                + "and said it was sticking to a moratorium on air strikes.");
        assertTrue(r.contains("Karvonia -> Karvonia -> said"), r.toString());
        r = relations("The town has been shelled in attacks, many of which have been claimed by the Qadira Brigade.");
        assertTrue(r.stream().allMatch(x -> !x.contains("many of")), r.toString());
    }

    @Test
    void aNameAfterAQuotationSpeaksPastTwoAppositions() {
        List<String> r = relations("“It is an invasion of our domain,” Leila Nasser, the attorney general of Qadira, one of the "
                + "provinces suing the ministry, said at an event this month.");
        assertEquals(List.of("Leila Nasser, the attorney general of Qadira, one of the provinces suing the ministry -> Leila Nasser -> said"), r);
    }

    @Test
    void anAgeOrATitlesFullStopInsideTheDescriptionKeepsTheName() {
        assertEquals(List.of("Omar Haddad, 55 -> Omar Haddad -> said"),
                relations("Omar Haddad, 55, said he had been willing to look the other way."));
        List<String> r = relations("“It was long and tiring,” Leila Nasser, Mrs. Hadley's chief of staff, said in an interview.");
        assertEquals(List.of("Leila Nasser, Mrs. Hadley's chief of staff -> Leila Nasser -> said"), r);
    }

    @Test
    void aWireDatelineIsNoParticiplesSubject() {
        List<String> r = relations("QADIRA (AP) — Sen. Omar Haddad spoke in the city on Monday, saying the plan would fail.");
        assertTrue(r.contains("Sen. Omar Haddad -> Omar Haddad -> saying"), r.toString());
    }

    @Test
    void aTimeAfterASubjectsAsideIsSkippedToTheSubject() {
        List<String> r = relations("Hadley, who supported the governor in the primaries, last week said the party had lost its way.");
        assertTrue(r.contains("Hadley -> Hadley -> said"), r.toString());
    }

    @Test
    void aSlashJoinsTheNamesOfAJointPoll() {
        List<String> r = relations("According to a Qadira Herald/Karvonia Times poll, 50 percent of respondents chose Hadley.");
        assertTrue(r.get(0).startsWith("a Qadira Herald/Karvonia Times"), r.toString());
    }
}
