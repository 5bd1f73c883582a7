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
    void readsCutWeekdaysAndDateOfPublication() {
        assertEquals(Optional.of("2017-04-19"), parse("Wed 19 Apr 2017"));
        assertEquals(Optional.of("2016-07-05"), parse("Date of publication 5 July 2016"));
        assertEquals(Optional.of("2014-10-29"), parse("Wed, 29 Oct 2014 10:00:00 GMT"));
    }

    @Test
    void readsADateGluedToTheOpeningOfTheBodyButNotAMonthThere() {
        String lead = "Wed 19 Apr 2017 A bomb blast killed six people and injured 32 in the Salah al-Din district of"
                + " Aleppo, Syrian state television reported on Wednesday without giving further details.";
        ArticleMetadata m = extract("Aleppo Bomb Blast Kills Six\n\n" + lead + "\n\n" + BODY + "\n");
        assertEquals(Optional.of("2017-04-19"), m.published().map(PublishedDate::iso));
        assertEquals(Optional.of("date opening the body"), m.published().map(PublishedDate::evidence));
        ArticleMetadata month = extract("Border Post Reopens\n\nDecember 2015 saw the crossing at Kesh closed for two"
                + " weeks of talks between the customs services of both countries.\n\n" + BODY + "\n");
        assertEquals(Optional.empty(), month.published());
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
        assertEquals(known.withLanguage(Optional.of("en")), EXTRACTOR.apply(in).metadata());
    }

    @Test
    void namesTheOutletFromSupportAndSiteBannersPreferringTheMostFrequent() {
        ArticleMetadata m = labelled(
                line(SegmentKind.SUPPORT_BANNER, "Support Meridian Daily - Go Ad-Free!"),
                line(SegmentKind.BODY, BODY),
                line(SegmentKind.SITE_BANNER, "Meridian Daily: News and Analysis"),
                line(SegmentKind.SITE_BANNER, "Previously, Meridian Daily: News and Analysis was at meridian.example."),
                line(SegmentKind.DATELINE, "March 3, 2020 – Kesh Courier –"),
                line(SegmentKind.SUPPORT_BANNER, "Support Our Journalism"));
        assertEquals(Optional.of("Meridian Daily"), m.outlet());
        assertEquals(Optional.of("2020-03-03"), m.published().map(PublishedDate::iso));
    }

    @Test
    void readsOutletNamesOnlyFromWholeSignatureLines() {
        assertEquals(Optional.of("Kesh Courier"), MetadataExtractor.outletOf(SUPPORT, "Support Kesh Courier"));
        assertEquals(Optional.empty(), MetadataExtractor.outletOf(SUPPORT, "Support us on Patreon"));
        assertEquals(Optional.of("Kesh Courier"), MetadataExtractor.outletOf(SLOGAN, "Kesh Courier: Voice of the Valley"));
        assertEquals(Optional.empty(), MetadataExtractor.outletOf(SLOGAN, "Note: comments are moderated before they appear."));
    }

    @Test
    void collectsCitedSourcesFromCreditLinesAndAClosingInlineCredit() {
        ArticleMetadata m = labelled(
                line(SegmentKind.BODY, BODY),
                line(SegmentKind.BODY, "The talks resume next month (Sources: Kesh Courier, Meridian Daily)."),
                line(SegmentKind.SOURCE_CREDIT, "Source: Northwind Agency"),
                line(SegmentKind.SOURCE_CREDIT, "Sources: Kesh Courier and Valley Wire"));
        assertEquals(List.of("Northwind Agency", "Kesh Courier", "Valley Wire", "Meridian Daily"), m.citedSources());
    }

    @Test
    void readsACreditLineFlattenedIntoTheLastParagraph() {
        assertEquals(List.of("TRTWorld"), labelled(line(SegmentKind.BODY, BODY + " Source TRTWorld and agencies")).citedSources());
        assertEquals(List.of("TRT World", "Anadolu"), labelled(line(SegmentKind.BODY, BODY + " Sources: TRT World, Anadolu")).citedSources());
        assertEquals(List.of("Reuters"), labelled(line(SegmentKind.BODY, BODY + " --Reuters")).citedSources());
        assertEquals(List.of(), labelled(line(SegmentKind.BODY, BODY + " Source of the trouble is unclear")).citedSources(),
                "a sentence about a source names none");
    }

    @Test
    void ignoresAnInlineCreditThatDoesNotCloseTheBody() {
        ArticleMetadata m = labelled(
                line(SegmentKind.BODY, "The post (source: a customs officer) reopened on Sunday."),
                line(SegmentKind.BODY, BODY));
        assertEquals(List.of(), m.citedSources());
    }

    private static final java.util.regex.Pattern SUPPORT = MetadataExtractor.SUPPORT;
    private static final java.util.regex.Pattern SLOGAN = MetadataExtractor.SITE_SLOGAN;

    private record Line(SegmentKind kind, String text) {
    }

    private static Line line(SegmentKind kind, String text) {
        return new Line(kind, text);
    }

    /** An article of the given lines, labelled as given, so the extractor is tested apart from the cleaner. */
    private static ArticleMetadata labelled(Line... lines) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new java.util.ArrayList<>();
        for (Line l : lines) {
            segments.add(new Segment(l.kind(), text.length(), text.length() + l.text().length()));
            text.append(l.text()).append("\n\n");
        }
        RawArticle raw = new RawArticle("a", "a.txt", text.toString(), "UTF-8", List.of());
        return EXTRACTOR.apply(new CleanArticle(raw, segments, ArticleMetadata.EMPTY)).metadata();
    }

    private static ArticleMetadata extract(String text) {
        RawArticle raw = new RawArticle("a", "a.txt", text, "UTF-8", List.of());
        return EXTRACTOR.apply(new TextCleaner(LineProfile.EMPTY).apply(raw)).metadata();
    }

    private static Optional<String> parse(String dateline) {
        return DatelineParser.parse(dateline).map(DatelineParser.Parsed::iso);
    }
}
