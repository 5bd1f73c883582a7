package org.echotrace.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.Attribution;
import org.echotrace.model.CueType;
import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.echotrace.model.TextSpan;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.junit.jupiter.api.Test;

/** "I" and "we" are the quoted speaker inside a quotation, and the writer outside one. */
class FirstPersonSpeakersTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

    /** Each first-person source's speaker name, in text order. */
    private static List<String> firstPersonSpeakers(String body, ArticleMetadata metadata) {
        RawArticle raw = new RawArticle("t", "t.txt", body, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, body.length())), metadata);
        return new ClaimExtractor().attributions(SENTENCES.apply(AnalyzedArticle.of(clean))).stream()
                .filter(a -> a.source().map(s -> List.of("i", "we").contains(s.textOf(body).toLowerCase())).orElse(false))
                .map(Attribution::speaker).map(s -> s.map(x -> x.name()).orElse("-")).toList();
    }

    private static final String OPINION = "Minister Lena Varga said on Monday that the bridge at Qadira would reopen in May. "
            + "I believe the bridge will stay closed for at least another year.";

    @Test
    void theWritersFirstPersonIsNotThePersonNamedLast() {
        List<String> names = firstPersonSpeakers(OPINION, ArticleMetadata.EMPTY);
        assertEquals(List.of("the author"), names, "the writer, not Lena Varga");
        assertEquals(List.of("Ivo Marek"), firstPersonSpeakers(OPINION, ArticleMetadata.EMPTY.withAuthor(Optional.of("Ivo Marek"))),
                "the page's author by name");
    }

    @Test
    void theWritersSentenceIsTheOutletsOwnClaim() {
        RawArticle raw = new RawArticle("t", "t.txt", OPINION, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, OPINION.length())), ArticleMetadata.EMPTY);
        List<org.echotrace.model.Claim> claims = new ClaimExtractor().apply(SENTENCES.apply(AnalyzedArticle.of(clean))).claims();
        org.echotrace.model.Claim writer = claims.stream().filter(c -> c.text().contains("another year")).findFirst().orElseThrow();
        assertEquals(org.echotrace.model.ClaimKind.OWN, writer.kind(), claims.toString());
        assertTrue(claims.stream().anyMatch(c -> c.kind() == org.echotrace.model.ClaimKind.ATTRIBUTED
                && c.attribution().flatMap(Attribution::speaker).map(s -> s.name().equals("Lena Varga")).orElse(false)), claims.toString());
    }

    @Test
    void aFirstPersonInsideReportedSpeechIsItsSpeaker() {
        String text = "\u201cWe told the ministry that I believe the bridge will reopen,\u201d said Ivo Marek. I doubt it.";
        TextSpan quote = span(text, "\u201cWe told the ministry that I believe the bridge will reopen,\u201d");
        Found outer = new Found(CueType.DIRECT, Optional.of(span(text, "Ivo Marek")), span(text, "said"), List.of(quote), 0);
        Found we = new Found(CueType.INDIRECT, Optional.of(span(text, "We")), span(text, "told"),
                List.of(span(text, "the bridge will reopen")), 0);
        Found writer = new Found(CueType.INDIRECT, Optional.of(new TextSpan(text.lastIndexOf("I "), text.lastIndexOf("I ") + 1)),
                span(text, "doubt"), List.of(span(text, "it")), 1);
        Speaker marek = new Speaker("Ivo Marek", SpeakerKind.PERSON, Optional.empty(), Optional.empty(), span(text, "Ivo Marek"),
                Optional.empty());
        Speaker guess = new Speaker("Lena Varga", SpeakerKind.PERSON, Optional.empty(), Optional.empty(), span(text, "We"),
                Optional.empty());
        List<Speaker> out = FirstPersonSpeakers.resolve(List.of(we, outer, writer), java.util.Arrays.asList(guess, marek, guess),
                List.of(), text, Optional.empty());
        assertEquals("Ivo Marek", out.get(0).name(), "the quoted speaker, named after the quotation");
        assertEquals(Optional.of(span(text, "Ivo Marek")), out.get(0).resolvedFrom());
        assertEquals(marek, out.get(1), "the others' speakers as they were");
        assertEquals("the author", out.get(2).name(), "outside the quotation, the writer");
    }

    private static TextSpan span(String text, String part) {
        int at = text.indexOf(part);
        return new TextSpan(at, at + part.length());
    }

    @Test
    void aLetterQuotedLineByLineKeepsItsWriter() {
        String body = "Father Ivo Marek wrote to the bishop last week.\nMarek: \u201cI could hardly believe what had happened.\n"
                + "I considered it a clear mandate to write.\u201d\n\nThe bishop has not answered the letter.";
        assertTrue(FirstPersonSpeakers.openQuote(body, body.indexOf("I considered")), "inside the quotation");
        assertTrue(!FirstPersonSpeakers.openQuote(body, body.indexOf("The bishop")), "after it closed");
        String straight = "Marek said: \"I could hardly believe it. I considered it a mandate.\" I did not.";
        assertTrue(FirstPersonSpeakers.openQuote(straight, straight.indexOf("I considered")), "straight marks");
        assertTrue(!FirstPersonSpeakers.openQuote(straight, straight.indexOf("I did")), "after straight marks closed");
    }
}
