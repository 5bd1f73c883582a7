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
import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.junit.jupiter.api.Test;

/** A state named as a speaker is an organisation by the entity tagger, and "he" after it is nobody it names. */
class SpeakerTypesTest {
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

    private static List<Attribution> attributions(String body) {
        RawArticle raw = new RawArticle("t", "t.txt", body, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, body.length())), ArticleMetadata.EMPTY);
        return new ClaimExtractor().attributions(SENTENCES.apply(AnalyzedArticle.of(clean)));
    }

    @Test
    void aStateSpeaksAsAnOrganisationAndHeIsNotTheState() {
        List<Attribution> found = attributions("Turkey said on Monday that the convoy had crossed the border near the camp. "
                + "He added that the camp had been empty for a week.");
        Speaker turkey = found.get(0).speaker().orElseThrow();
        assertEquals("Turkey", turkey.name());
        assertEquals(SpeakerKind.ORGANISATION, turkey.kind());
        for (Attribution a : found.subList(1, found.size())) {
            a.speaker().ifPresent(s -> assertTrue(!s.name().equals("Turkey") || s.kind() != SpeakerKind.PERSON,
                    "'he' is no state: " + s));
        }
    }

    @Test
    void aPersonStaysAPerson() {
        Speaker s = attributions("Ivan Vetrov said on Monday that the convoy had crossed the border near the camp.")
                .get(0).speaker().orElseThrow();
        assertEquals(SpeakerKind.PERSON, s.kind());
    }
}
