package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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

/**
 * Quotations signed after a dash, and transcripts quoted paragraph by paragraph: the layouts of
 * quote collections and interviews, where the speaker stands outside any sentence's grammar.
 */
class SignedQuotesTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

    /** "source -> cue -> content" of each attribution, every line of {@code body} a paragraph. */
    private static List<String> relations(String body) {
        List<Segment> paragraphs = new ArrayList<>();
        int start = 0;
        for (String line : body.split("\n", -1)) {
            if (!line.isBlank()) {
                paragraphs.add(new Segment(SegmentKind.BODY, start, start + line.length()));
            }
            start += line.length() + 1;
        }
        RawArticle raw = new RawArticle("t", "t.txt", body, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, paragraphs, ArticleMetadata.EMPTY);
        List<Attribution> found = new ClaimExtractor().attributions(SENTENCES.apply(AnalyzedArticle.of(clean)));
        return found.stream()
                .map(a -> a.source().map(s -> s.textOf(body)).orElse("-") + " -> " + a.cue().textOf(body) + " -> "
                        + String.join(" + ", a.content().stream().map(c -> c.textOf(body)).toList()))
                .toList();
    }

    @Test
    void aDashAfterAQuotationSignsItWithTheSpeakersName() {
        String body = "“We were told nothing about the convoy. Nobody came to warn us.” ― Omar Haddad\n"
                + "“The shelling went on all night.”— Leila Nasser, a teacher in Qadira.";
        assertEquals(List.of(
                "Omar Haddad -> ― -> “We were told nothing about the convoy. Nobody came to warn us.”",
                "Leila Nasser, a teacher in Qadira -> — -> “The shelling went on all night.”"), relations(body));
    }

    @Test
    void aSignedParagraphIsNotThePreviousSpeakersNextParagraph() {
        String body = "The governor said the roads would reopen on Monday.\n"
                + "“Nobody has cleared the bridge yet.” — Samir Aziz";
        List<String> r = relations(body);
        assertEquals(2, r.size(), r.toString());
        assertEquals("Samir Aziz -> — -> “Nobody has cleared the bridge yet.”", r.get(1));
        assertEquals("The governor -> said -> the roads would reopen on Monday", r.get(0));
    }

    @Test
    void aDashThatGoesOnInTheWritersWordsSignsNothing() {
        assertEquals(List.of(), relations("“That is the end of it” — and the council meant it."));
        assertEquals(List.of(), relations("“That is the end of it” — Then the council left the room."));
    }

    @Test
    void aTranscriptQuotedParagraphByParagraphNamesEachSpeakerBeforeTheColon() {
        String body = "\"HADLEY: Will the observers be allowed into the town this week?\n"
                + "\"MARSH: They will go in on Thursday, and they will report what they find.";
        List<String> r = relations(body);
        assertEquals(List.of("HADLEY -> : -> Will the observers be allowed into the town this week",
                "MARSH -> : -> They will go in on Thursday, and they will report what they find"), r);
    }

    @Test
    void aTitleLineReadAsBodyNamesItsSpeakerBeforeTheColonWithoutAVerb() {
        String body = "Hadley: No outside influence on the Qadira inquiry.\n"
                + "The attorney general is reaffirming that the inquiry is free of outside influence.";
        List<String> r = relations(body);
        assertEquals("Hadley -> : -> No outside influence on the Qadira inquiry", r.get(0));
        assertEquals(List.of(), relations("The inquiry went on.\nHadley: No outside influence on the Qadira inquiry."));
    }

    @Test
    void aQuotationEndingInAQuestionMarkIsTheContentOfTheCueSentenceAfterIt() {
        String body = "“Why should we pay for the bridge?” Hadley said in a statement.";
        assertEquals(List.of("Hadley -> said -> “Why should we pay for the bridge?”"), relations(body));
        assertEquals(List.of("Hadley -> said -> the toll would rise"), relations("“Why?” Hadley said on Friday the toll would rise."));
    }

    @Test
    void aDigestItemNamesItsSpeakerAfterADash() {
        String body = "RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Omar Haddad: “The survey finds that 20 states lean one way.”";
        assertEquals(List.of("Omar Haddad -> : -> “The survey finds that 20 states lean one way.”"), relations(body));
        assertEquals(List.of(), relations("The list of what was lost - a tent, a stove: all of it."));
    }
}
