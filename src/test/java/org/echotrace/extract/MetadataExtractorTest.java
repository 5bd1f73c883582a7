package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.echotrace.clean.LineProfile;
import org.echotrace.clean.TextCleaner;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    private static final String BODY = "The crossing at Kesh reopened on Sunday morning after two weeks of talks"
            + " between the customs services of both countries.";
    private static final MetadataExtractor EXTRACTOR = new MetadataExtractor();

    @Test
    void readsTitleDayDateOutletAndAuthorFromTheHeaderLines() {
        ArticleMetadata m = extract("Border Post Reopens\n\n2 1,310\n\nNovember 14th, 2017 – Meridian Daily –\n\n"
                + "– Agencies – – by Tomas Wren –\n\n" + BODY + "\n");
        assertEquals(Optional.of("Border Post Reopens"), m.title());
        assertEquals(Optional.of("2017-11-14"), m.published().map(PublishedDate::iso));
        assertEquals(Optional.of("Meridian Daily"), m.outlet());
        assertEquals(Optional.of("Tomas Wren"), m.author());
    }

    @Test
    void keepsAMonthOnlyDateAtMonthPrecisionAndNamesNoOutlet() {
        ArticleMetadata m = extract("AUGUST 2022\n\nBorder Post Reopens\n\n" + BODY + "\n");
        assertEquals(Optional.of("2022-08"), m.published().map(PublishedDate::iso));
        assertEquals(Optional.empty(), m.outlet());
        assertEquals(Optional.empty(), m.author());
    }

    @Test
    void readsDayFirstIsoAndDottedDates() {
        assertEquals(Optional.of("2021-05-12"), parse("Published 12 May 2021"));
        assertEquals(Optional.of("2022-08-16"), parse("Posted 16.08.2022"));
        assertEquals(Optional.of("2019-03-01"), parse("2019-03-01"));
        assertEquals(Optional.of("2016-10-09"), parse("Sunday, Oct. 9, 2016"));
    }

    @Test
    void leavesOutDatesThatDoNotExistOrCannotBeToldApart() {
        assertEquals(Optional.empty(), parse("February 30th, 2021"));
        assertEquals(Optional.empty(), parse("05/11/2020"));
        assertEquals(Optional.empty(), parse("Tuesday"));
    }

    @Test
    void readsAuthorsFromCommonBylineShapes() {
        assertEquals(Optional.of("Selma Arkwright"), MetadataExtractor.author("By Selma Arkwright"));
        assertEquals(Optional.of("JANE DOE"), MetadataExtractor.author("BY JANE DOE | Staff"));
        assertEquals(Optional.of("Jane Doe"), MetadataExtractor.author("Author: Jane Doe"));
        assertEquals(Optional.empty(), MetadataExtractor.author("– Agencies –"));
    }

    @Test
    void ignoresDatesAndNamesInsideTheBody() {
        ArticleMetadata m = extract("Border Post Reopens\n\n" + BODY + "\n\nOn March 3, 2020 the post was closed by"
                + " John Smith, the customs chief, for an inspection.\n");
        assertEquals(Optional.empty(), m.published().map(PublishedDate::iso));
        assertEquals(Optional.empty(), m.author());
    }

    @Test
    void keepsMetadataAlreadyKnownWhenTheLinesSayNothing() {
        String text = BODY + "\n";
        RawArticle raw = new RawArticle("a", "a.txt", text, "UTF-8", List.of());
        ArticleMetadata known = ArticleMetadata.EMPTY
                .withPublished(Optional.of(new PublishedDate("2020-01", "month", "url", -1, -1)))
                .withOutlet(Optional.of("Known"));
        CleanArticle in = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, BODY.length())), known);
        assertEquals(known, EXTRACTOR.apply(in).metadata());
    }

    private static ArticleMetadata extract(String text) {
        RawArticle raw = new RawArticle("a", "a.txt", text, "UTF-8", List.of());
        return EXTRACTOR.apply(new TextCleaner(LineProfile.EMPTY).apply(raw)).metadata();
    }

    private static Optional<String> parse(String dateline) {
        return DatelineParser.parse(dateline).map(DatelineParser.Parsed::iso);
    }
}
