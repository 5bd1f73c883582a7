package org.echotrace.cli;

import org.echotrace.clean.LineProfile;
import org.echotrace.clean.TextCleaner;
import org.echotrace.clean.html.HtmlCleaner;
import org.echotrace.extract.DateOrders;
import org.echotrace.extract.DateResolution;
import org.echotrace.extract.MetadataExtractor;
import org.echotrace.extract.SourceMetadata;
import org.echotrace.extract.claim.AttributionModel;
import org.echotrace.extract.claim.ClaimExtractor;
import org.echotrace.extract.entity.EntityExtractor;
import org.echotrace.extract.entity.EntityTagger;
import org.echotrace.extract.event.EventExtractor;
import org.echotrace.extract.technique.TechniqueExtractor;
import org.echotrace.extract.technique.TechniqueModel;
import org.echotrace.link.entity.EntityLinker;
import org.echotrace.link.place.PlaceLinker;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.InputFormat;
import org.echotrace.model.RawArticle;
import org.echotrace.pipeline.Stage;
import org.echotrace.pipeline.StageClock;

import java.util.Set;

/**
 * The per-article stages in order, in one visible place. An engine (this CLI, a Spark job) feeds
 * {@link RawArticle}s in and takes {@link AnalyzedArticle}s out; the stages know nothing of either.
 */
final class ArticlePipeline {
    private final Stage<RawArticle, CleanArticle> cleanText;
    private final Stage<RawArticle, CleanArticle> cleanHtml;
    private final Stage<CleanArticle, CleanArticle> metadata;
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();
    private static final EntityTagger ENTITY_TAGGER = EntityTagger.bundled();
    private static final Stage<AnalyzedArticle, AnalyzedArticle> ENTITIES =
            new EntityExtractor(ENTITY_TAGGER, new EntityLinker()::link, SENTENCES::annotate);
    private static final Stage<AnalyzedArticle, AnalyzedArticle> PLACES = new PlaceLinker();
    private static final Stage<AnalyzedArticle, AnalyzedArticle> EVENTS = new EventExtractor();
    private static final Stage<AnalyzedArticle, AnalyzedArticle> TECHNIQUES =
            new TechniqueExtractor(TechniqueModel.shipped(), SENTENCES);
    private final Stage<AnalyzedArticle, AnalyzedArticle> claims =
            new ClaimExtractor(AttributionModel.bundled(), ENTITY_TAGGER);
    private final StageClock clock;

    ArticlePipeline(LineProfile corpus, StageClock clock) {
        this(corpus, DateOrders.NONE, clock);
    }

    /** With the line profile and the files' date orders that the run's first pass learnt. */
    ArticlePipeline(LineProfile corpus, DateOrders dateOrders, StageClock clock) {
        this.cleanText = new TextCleaner(corpus);
        this.cleanHtml = new HtmlCleaner(corpus);
        this.metadata = new MetadataExtractor().then(new SourceMetadata(dateOrders)).then(new DateResolution());
        this.clock = clock;
    }

    AnalyzedArticle analyze(RawArticle raw) {
        CleanArticle c = clean(raw);
        AnalyzedArticle a = clock.time("sentences", () -> SENTENCES.apply(AnalyzedArticle.of(c)));
        AnalyzedArticle withClaims = clock.time("claims", () -> claims.apply(a));
        AnalyzedArticle withEntities = clock.time("entities", () -> ENTITIES.apply(withClaims));
        AnalyzedArticle withPlaces = clock.time("places", () -> PLACES.apply(withEntities));
        AnalyzedArticle withEvents = clock.time("events", () -> EVENTS.apply(withPlaces));
        return clock.time("techniques", () -> TECHNIQUES.apply(withEvents));
    }

    /** Cleaning and metadata only: what the first stages make of an article. */
    CleanArticle clean(RawArticle raw) {
        Stage<RawArticle, CleanArticle> clean = raw.origin().format() == InputFormat.HTML ? cleanHtml : cleanText;
        CleanArticle c = clock.time("clean", () -> clean.apply(raw));
        return clock.time("metadata", () -> metadata.apply(c));
    }

    /** The line keys an article adds to the corpus profile: of its visible text, for a page. */
    static Set<Long> profileKeys(RawArticle raw) {
        String text = raw.origin().format() == InputFormat.HTML ? HtmlCleaner.visibleText(raw.text()) : raw.text();
        return LineProfile.lineKeys(text);
    }
}
