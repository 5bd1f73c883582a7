package org.echotrace.cli;

import org.echotrace.clean.LineProfile;
import org.echotrace.clean.TextCleaner;
import org.echotrace.extract.MetadataExtractor;
import org.echotrace.ingest.TextDecoder;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.RawFile;
import org.echotrace.pipeline.Stage;
import org.echotrace.pipeline.StageClock;

/**
 * The per-article stages in order, in one visible place. An engine (this CLI, a Spark job) feeds
 * {@link RawFile}s in and takes {@link CleanArticle}s out; the stages know nothing of either.
 */
final class ArticlePipeline {
    private final Stage<RawFile, RawArticle> decode = new TextDecoder();
    private final Stage<RawArticle, CleanArticle> clean;
    private final Stage<CleanArticle, CleanArticle> metadata = new MetadataExtractor();
    private final StageClock clock;

    ArticlePipeline(LineProfile corpus, StageClock clock) {
        this.clean = new TextCleaner(corpus);
        this.clock = clock;
    }

    RawArticle decode(RawFile file) {
        return clock.time("decode", () -> decode.apply(file));
    }

    CleanArticle analyze(RawArticle raw) {
        CleanArticle c = clock.time("clean", () -> clean.apply(raw));
        return clock.time("metadata", () -> metadata.apply(c));
    }
}
