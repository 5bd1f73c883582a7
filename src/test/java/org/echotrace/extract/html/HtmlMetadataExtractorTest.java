package org.echotrace.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlMetadataExtractorTest {
    private static final LocalDate CAPTURED = LocalDate.of(2024, 7, 1);
    private final HtmlMetadataExtractor extractor = new HtmlMetadataExtractor();

    private PageMetadata page(String html, String url) {
        return extractor.extract(html, Optional.ofNullable(url), CAPTURED);
    }

    @Test
    void prefersJsonLdDatePublishedOverModifiedAndPointsAtIt() {
        String html = "<html lang=\"en-GB\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"dateModified\":\"2024-06-20\",\"datePublished\":\"2024-06-15T08:00:00Z\",\"headline\":\"Convoy leaves\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Roe\"}}</script></head><body></body></html>";
        PageMetadata m = page(html, null);
        DateFinding d = m.published().orElseThrow();
        assertEquals("2024-06-15", d.iso());
        assertEquals(DateFinding.Precision.DAY, d.precision());
        assertEquals("json-ld datePublished", d.evidence());
        assertTrue(html.substring(d.markupStart(), d.markupEnd()).startsWith("2024-06-15"));
        assertEquals(Optional.of("Convoy leaves"), m.title());
        assertEquals(Optional.of("Jane Roe"), m.author());
        assertEquals(Optional.of("en"), m.language());
    }

    @Test
    void readsTheUrlWhenThePageStatesNothing() {
        PageMetadata m = page("<html><body><p>No date here.</p></body></html>", "https://news.example/2017/11/14/convoy/");
        assertEquals("2017-11-14", m.published().orElseThrow().iso());
        assertEquals(-1, m.published().orElseThrow().markupStart());
        assertEquals(Optional.of("news.example"), m.siteName());
    }

    @Test
    void readsGermanHeaderDatesAndSkipsCommentsAndTheFuture() {
        String html = "<html><body><h1>Titel</h1><div class=\"post-meta\">Veröffentlicht am 14. November 2017</div>"
                + "<div class=\"comments\"><p>3. Januar 2018</p></div></body></html>";
        assertEquals("2017-11-14", page(html, null).published().orElseThrow().iso());
        String onlyComment = "<html><body><h1>T</h1><p>Text</p><div class=\"comment-list\">3. Januar 2018</div></body></html>";
        assertTrue(page(onlyComment, null).published().isEmpty());
        String future = "<html><body><h1>T</h1><p>Event on 12.03.2031</p></body></html>";
        assertTrue(page(future, null).published().isEmpty());
    }

    @Test
    void readsMonthNamesOfOtherLanguages() {
        assertEquals("2017-11-14", page("<p class=date>14 ноября 2017 г.</p>", null).published().orElseThrow().iso());
        assertEquals("2019-08-05", page("<p class=date>5 août 2019</p>", null).published().orElseThrow().iso());
        assertEquals("2020-02-14", page("<p class=date>14 Şubat 2020</p>", null).published().orElseThrow().iso());
        assertEquals("2017-11-14", page("<p class=date>November 14th, 2017</p>", null).published().orElseThrow().iso());
    }

    @Test
    void cutsTheSiteNameFromTheTitleAndRejectsSitesAsAuthors() {
        String html = "<html><head><title>Convoy leaves Tanf | Meridian Daily</title>"
                + "<meta property=\"og:site_name\" content=\"Meridian Daily\"><meta name=\"author\" content=\"Meridian Daily\">"
                + "</head><body><span class=\"byline\">By Samer Hussein</span></body></html>";
        PageMetadata m = page(html, null);
        assertEquals(Optional.of("Convoy leaves Tanf"), m.title());
        assertEquals(Optional.of("Samer Hussein"), m.author());
        assertEquals(Optional.of("Meridian Daily"), m.siteName());
    }

    @Test
    void staysBoundedOnDeeplyNestedPages() {
        String deep = "<div>".repeat(100_000) + "14.11.2017" + "</div>".repeat(100_000);
        long t0 = System.nanoTime();
        PageMetadata m = page(deep, null);
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "took too long");
        assertTrue(m.title().isEmpty());
    }

    @Test
    void takesTheLocalHeaderDateWhenStructuredDataGivesTheUtcInstantOfTheDayBefore() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2019-10-18T22:04:00Z\"></head>"
                + "<body><h1>T</h1><p class=\"article-date\">19. Oktober 2019 00:04 Uhr</p></body></html>";
        assertEquals("2019-10-19", page(html, null).published().orElseThrow().iso());
        String withOffset = html.replace("2019-10-18T22:04:00Z", "2019-10-18T22:04:00+02:00");
        assertEquals("2019-10-18", page(withOffset, null).published().orElseThrow().iso());
    }

    @Test
    void trustsAFullUrlDateOverStructuredDataAndReadsNoDayFromASlug() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2023-11-09T03:28:35Z\"}</script></head><body></body></html>";
        assertEquals("2023-11-08", page(html, "https://news.example/2023/11/08/story/").published().orElseThrow().iso());
        assertEquals("2023-11-09", page(html, "https://news.example/2023/10/3-questions-for/").published().orElseThrow().iso());
    }

    @Test
    void passesOverTheDateOfTodayInTheSiteTopBar() {
        String html = "<html><body><div class=\"td_data_time\">9. Februar 2022</div><h1>T</h1>"
                + "<div class=\"entry-date\">8. Februar 2022</div></body></html>";
        assertEquals("2022-02-08", page(html, null).published().orElseThrow().iso());
    }

    @Test
    void takesANamedSideZoneHoldingMostOfThePageForTheArticlesBox() {
        String prose = "<p>" + "Lorem ipsum dolor sit amet. ".repeat(40) + "</p>";
        String html = "<html><body><div class=\"mainwrap sidebar\"><div class=\"post-meta\">08.08.2017</div>" + prose
                + "</div><div class=\"comments\">" + "<p class=\"date\">09.08.2017</p>" + "</div></body></html>";
        assertEquals("2017-08-08", page(html, null).published().orElseThrow().iso());
        String small = "<html><body><div class=\"sidebar\"><span class=\"date\">08.08.2017</span></div>" + prose
                + "<p>Am 09.08.2017</p></body></html>";
        assertEquals("2017-08-09", page(small, null).published().orElseThrow().iso());
    }

    @Test
    void readsTwoDigitYearsOnlyWhereTheElementSaysItHoldsADate() {
        assertEquals("2023-10-30", page("<h1>T</h1><div class=\"date\">Party, 30.10.23</div>", null).published().orElseThrow().iso());
        assertTrue(page("<h1>T</h1><p>Version 30.10.23 is out.</p>", null).published().isEmpty());
    }

    @Test
    void choosesTheHeaderDayInTheUrlsMonthEvenInsideAWidget() {
        String html = "<html><body><div class=\"widget Blog\"><h2 class=\"date-header\"><span>Samstag, 5. Oktober 2013</span>"
                + "</h2><p>Post</p></div><div class=\"sidebar\"><p>" + "Archiv ".repeat(200) + "</p></div></body></html>";
        assertEquals("2013-10-05", page(html, "https://x.blogspot.com/2013/10/post.html").published().orElseThrow().iso());
    }

    @Test
    void takesTheHeadingThatTheDeclaredTitlesConfirmWithoutItsKicker() {
        String html = "<html><head><title>Daten von Rheinmetall gehackt | tagesschau.de</title></head><body>"
                + "<h1 class=\"logo\">tagesschau.de</h1><h1><span class=\"seitenkopf__topline\">Interne Unterlagen im Netz</span>"
                + "<span>Daten von Rheinmetall gehackt</span></h1></body></html>";
        assertEquals(Optional.of("Daten von Rheinmetall gehackt"), page(html, "https://www.tagesschau.de/x.html").title());
    }

    @Test
    void dropsAKickerThatTheDeclaredTitleLeavesOutAndKeepsTheHeadingsQuotes() {
        String html = "<html><head><meta property=\"og:title\" content='\"Es kommt darauf an\"'></head><body>"
                + "<h1>Corona-Pandemie - „Es kommt darauf an“</h1></body></html>";
        assertEquals(Optional.of("„Es kommt darauf an“"), page(html, null).title());
    }

    @Test
    void keepsTheHeadlineWhenEveryPartOfTheTitleMentionsTheSite() {
        String html = "<html><head><title>15 Jahre rete-mirabile.net — rete-mirabile.net</title></head><body></body></html>";
        assertEquals(Optional.of("15 Jahre rete-mirabile.net"), page(html, "https://rete-mirabile.net/notizen/x/").title());
    }

    @Test
    void resolvesAJsonLdAuthorGivenByReference() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\","
                + "\"author\":{\"@id\":\"https://x.example/#/schema/person/1\"}},{\"@type\":\"Person\","
                + "\"@id\":\"https://x.example/#/schema/person/1\",\"name\":\"Chokri Gharbi\"}]}</script></head></html>";
        assertEquals(Optional.of("Chokri Gharbi"), page(html, null).author());
    }

    @Test
    void passesOverBylineLabelsToTheNameBesideThem() {
        String html = "<html><body><h1>T</h1><span class=\"posted-on\">Posted on</span> <span class=\"byline\">"
                + "<span class=\"author-label\">Published by</span> <a href=\"https://x.example/author/marc/\">marc</a>"
                + "</span><div class=\"entry-meta-author\">| Autor: gnaddrig</div></body></html>";
        assertEquals(Optional.of("marc"), page(html, null).author());
        String labelled = "<html><body><div class=\"entry-meta-author\">| Autor: gnaddrig</div></body></html>";
        assertEquals(Optional.of("gnaddrig"), page(labelled, null).author());
    }

    @Test
    void prefersTheDateShownUnderTheHeadlineToADifferentStructuredOne() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2021-11-29T10:00:00+01:00\"}</script></head><body><article><header><h1>T</h1>"
                + "<div class=\"article-date\">12.01.2022</div></header><p>Text</p></article>"
                + "<ul class=\"list\"><li><span class=\"date\">13.01.2022</span></li></ul></body></html>";
        assertEquals("2022-01-12", page(html, null).published().orElseThrow().iso());
        String farFromHeadline = html.replace("<div class=\"article-date\">12.01.2022</div>", "");
        assertEquals("2021-11-29", page(farFromHeadline, null).published().orElseThrow().iso());
    }

    @Test
    void fallsBackToADateInATeaserBoxButNeverToAComment() {
        String teaser = "<html><body><h1>T</h1><figure class=\"teaser\"><div class=\"info\"><span class=\"date\">02.02.2022"
                + "</span></div></figure><p>Text without a date.</p></body></html>";
        assertEquals("2022-02-02", page(teaser, null).published().orElseThrow().iso());
        String comment = "<html><body><h1>T</h1><p>Text.</p><div class=\"comments\"><div class=\"widget\">"
                + "<span class=\"date\">03.02.2022</span></div></div></body></html>";
        assertTrue(page(comment, null).published().isEmpty());
    }

    @Test
    void readsAPublicationDateKeptInScriptData() {
        String html = "<html><head><script>var product = {\"title\":\"Kaffee\",\"published_at\":\"2019-03-02T06:22:28+01:00\"};"
                + "</script></head><body><h1>Kaffee</h1><p>Bio.</p></body></html>";
        DateFinding d = page(html, null).published().orElseThrow();
        assertEquals("2019-03-02", d.iso());
        assertTrue(html.substring(d.markupStart(), d.markupEnd()).startsWith("2019-03-02"));
    }

    @Test
    void readsAbbreviatedMonthsAndCuesOfHeldOutLanguages() {
        assertEquals("2020-02-14", page("<p class=date>14 Şub 2020</p>", null).published().orElseThrow().iso());
        assertEquals("2021-10-05", page("<p class=date>5 out 2021</p>", null).published().orElseThrow().iso());
        assertEquals("2022-04-03", page("<h1>T</h1><p>3 abr 2019</p><p>Publicado em 3 de abril de 2022</p>", null)
                .published().orElseThrow().iso());
        assertEquals("2022-02-14", page("<h1>T</h1><p>1 лютого 2019</p><p>Опубліковано: 14 лютого 2022</p>", null)
                .published().orElseThrow().iso());
    }
}
