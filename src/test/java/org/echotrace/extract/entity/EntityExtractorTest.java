package org.echotrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.link.entity.EntityLinker;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.EntityMention;
import org.echotrace.model.EntityType;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
    private static final SentenceAnnotator ANNOTATOR = new SentenceAnnotator();
    private static final EntityExtractor EXTRACTOR = new EntityExtractor(EntityTagger.bundled(), new EntityLinker()::link, ANNOTATOR::annotate);

    private static AnalyzedArticle analyzed(String text) {
        RawArticle raw = new RawArticle("t", "t.txt", text, "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, text.length())), ArticleMetadata.EMPTY);
        return EXTRACTOR.apply(ANNOTATOR.apply(AnalyzedArticle.of(clean)));
    }

    private static EntityMention mention(AnalyzedArticle a, String text) {
        return a.entities().stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + text + " in " + a.entities()));
    }

    @Test
    void findsPeopleOrganisationsAndPlacesWithSpansIntoTheText() {
        String text = "Lieutenant General Andrei Morozov of the Russian Defence Ministry said on Monday that "
                + "Hayat Tahrir al-Sham fighters had shelled Idlib. Morozov spoke to reporters in Moscow.";
        AnalyzedArticle a = analyzed(text);
        for (EntityMention e : a.entities()) {
            assertEquals(e.text(), e.span().textOf(text));
            assertTrue(e.score() >= 0 && e.score() <= 1, e.toString());
        }
        assertEquals(EntityType.PERSON, mention(a, "Andrei Morozov").type());
        assertEquals("Andrei Morozov", mention(a, "Morozov").canonical());
        assertEquals(EntityType.ORGANISATION, mention(a, "Russian Defence Ministry").type());
        assertEquals(EntityType.ORGANISATION, mention(a, "Hayat Tahrir al-Sham").type());
        assertEquals(EntityType.PLACE, mention(a, "Idlib").type());
        assertEquals(EntityType.PLACE, mention(a, "Moscow").type());
    }

    @Test
    void aliasesInOneArticleGetOneCanonicalName() {
        String text = "Daesh claimed the attack. Officials blamed ISIL, and the Islamic State denied nothing.";
        AnalyzedArticle a = analyzed(text);
        List<String> canonical = a.entities().stream().filter(e -> e.type() == EntityType.ORGANISATION)
                .map(EntityMention::canonical).distinct().toList();
        assertEquals(List.of("ISIS"), canonical, a.entities().toString());
    }

    @Test
    void anArticleWithoutSentencesHasNoEntities() {
        RawArticle raw = new RawArticle("t", "t.txt", "Subscribe now", "UTF-8", List.of());
        CleanArticle clean = new CleanArticle(raw, List.of(new Segment(SegmentKind.NEWSLETTER, 0, 13)), ArticleMetadata.EMPTY);
        assertTrue(EXTRACTOR.apply(ANNOTATOR.apply(AnalyzedArticle.of(clean))).entities().isEmpty());
    }
}
