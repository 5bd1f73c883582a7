package org.echotrace.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class EventDatesTest {
    private static ArticleMetadata published(String iso) {
        return ArticleMetadata.EMPTY.withPublished(Optional.of(new PublishedDate(iso, PublishedDate.precisionOf(iso), "test", -1, -1)));
    }

    private static Optional<ResolvedDate> find(String text, ArticleMetadata meta) {
        return EventDates.find(text, new TextSpan(0, text.length()), meta);
    }

    @Test
    void aMonthAndDayTakeThePublicationYear() {
        assertEquals("2024-04-18", find("They were killed in an ambush on April 18 near the town.", published("2024-06")).orElseThrow().iso());
        assertEquals("2017-09-28", find("Overnight into September 28, militants advanced.", published("2017-10-02")).orElseThrow().iso());
        assertEquals("2023-08-24", find("On August 24th, a representative claimed.", published("2023-09")).orElseThrow().iso());
    }

    @Test
    void aMonthAfterPublicationIsOfTheYearBefore() {
        assertEquals("2016-12-30", find("On December 30 the town fell.", published("2017-01-05")).orElseThrow().iso());
    }

    @Test
    void aLaterDayOfThePublicationMonthIsOfTheYearBeforeAsInTheMetadataStage() {
        String text = "Earlier. On June 20 the convoy was hit.";
        ResolvedDate d = EventDates.find(text, new TextSpan(9, text.length()), published("2024-06-05")).orElseThrow();
        assertEquals("2023-06-20", d.iso());
        assertEquals("On June 20", text.substring(d.start(), d.end()), "offsets are into the article, not the sentence");
    }

    @Test
    void aWrittenYearWins() {
        assertEquals("2016-04-18", find("The ambush of 18 April 2016 killed 21.", published("2024-06-05")).orElseThrow().iso());
        assertEquals("2016-04-18", find("On April 18, 2016 the town fell.", ArticleMetadata.EMPTY).orElseThrow().iso());
    }

    @Test
    void withoutAnyYearTheDayIsKeptInMonthDayForm() {
        ResolvedDate d = find("Overnight to September 28, about 300 gunmen advanced.", ArticleMetadata.EMPTY).orElseThrow();
        assertEquals("--09-28", d.iso());
        assertEquals("month-day", d.precision());
    }

    @Test
    void aDateTheMetadataStageResolvedWins() {
        String text = "Last week the army liberated the town.";
        ResolvedDate week = new ResolvedDate(0, 9, "Last week", "2017-W45", "week", "test");
        ArticleMetadata meta = published("2017-11-14").withResolvedDates(List.of(week));
        assertEquals(week, find(text, meta).orElseThrow());
        assertTrue(find("Nothing dated here.", published("2017-11-14")).isEmpty());
    }

    @Test
    void theSameDayIsRecognised() {
        String s = "On the same day, ISIL terrorists attacked other posts.";
        assertTrue(EventDates.sameDay(s, new TextSpan(0, s.length())));
    }
}
