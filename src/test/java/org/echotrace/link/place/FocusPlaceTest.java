package org.echotrace.link.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.extract.entity.EntityExtractor;
import org.echotrace.extract.entity.EntityTagger;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.link.entity.EntityLinker;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.junit.jupiter.api.Test;

/** An article's focus: the country its towns weigh most in, then the region; the title and the lead count more. */
class FocusPlaceTest {
    private static final PlaceLinker LINKER = new PlaceLinker();
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();
    /** As the pipeline runs it: a title's places are the entity tagger's (the body's sentences exclude the title). */
    private static final EntityExtractor ENTITIES = new EntityExtractor(EntityTagger.bundled(), new EntityLinker()::link,
            SENTENCES::annotate);

    private static AnalyzedArticle article(String title, String body) {
        String text = title + "\n\n" + body;
        RawArticle raw = new RawArticle("f", "f.txt", text, "UTF-8", List.of());
        CleanArticle c = new CleanArticle(raw, List.of(new Segment(SegmentKind.TITLE, 0, title.length()),
                new Segment(SegmentKind.BODY, title.length() + 2, text.length())), ArticleMetadata.EMPTY);
        return LINKER.apply(ENTITIES.apply(SENTENCES.apply(AnalyzedArticle.of(c))));
    }

    @Test
    void theTitlesTownOutweighsTheBackground() {
        AnalyzedArticle a = article("Air strikes kill 12 in Idlib",
                "Russian jets struck a market on Monday, a monitor said. Russia denied it. Russia and Turkey met later. "
                        + "The war began in Daraa in 2011. Fighting also went on near Aleppo. Refugees fled to Aleppo.");
        FocusPlace.Focus f = FocusPlace.of(a).orElseThrow();
        assertEquals("SY", f.country(), "Russia, named three times, is an actor; the towns are Syrian");
        assertEquals("Idlib", f.admin1().orElseThrow());
        assertTrue(f.share() > 0 && f.share() <= 1, "share " + f.share());
    }

    @Test
    void countryNamesAloneGiveTheCountry() {
        FocusPlace.Focus f = FocusPlace.of(article("Talks on Syria resume", "Diplomats from Jordan and Syria met. Syria said little."))
                .orElseThrow();
        assertEquals("SY", f.country());
        assertTrue(f.admin1().isEmpty());
    }

    @Test
    void noPlaceNoFocus() {
        assertTrue(FocusPlace.of(article("A quiet week", "Nothing was reported by anyone on that day, officials said.")).isEmpty());
    }
}
