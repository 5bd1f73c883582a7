package org.echotrace.extract;

import org.echotrace.clean.LineProfile;
import org.echotrace.clean.TextCleaner;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.RawArticle;
import org.echotrace.model.ResolvedDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolutionTest {
    private static CleanArticle analyzed(String text) {
        RawArticle raw = new RawArticle("x", "x.txt", text, "UTF-8", List.of());
        return new MetadataExtractor().then(new DateResolution()).apply(new TextCleaner(LineProfile.EMPTY).apply(raw));
    }

    @Test
    void resolvesRelativeDatesOfTheBodyAgainstADayPreciseDatelineWithOffsetsIntoTheText() {
        String text = "Ferry Strike Ends After Nine Days\n\nMarch 14th, 2019 – Harbour Courier –\n\n"
                + "Dockworkers voted last week to end the strike, the union said on Wednesday in a statement.\n\n"
                + "The first ferries sailed yesterday from the northern pier, according to the port authority.\n";
        List<ResolvedDate> found = analyzed(text).metadata().resolvedDates();
        assertTrue(found.size() >= 3, found.toString());
        for (ResolvedDate r : found) {
            assertEquals(r.expression(), text.substring(r.start(), r.end()), "offsets point into the original");
        }
        assertTrue(found.stream().anyMatch(r -> r.iso().equals("2019-03-13") && r.expression().contains("yesterday")),
                found.toString());
        assertTrue(found.stream().anyMatch(r -> r.iso().equals("2019-03-13") && r.expression().contains("Wednesday")),
                "2019-03-14 was a Thursday: " + found);
    }

    @Test
    void resolvesOnlyMonthDaysWhenThePublicationDateIsOnlyAMonth() {
        String text = "Ferry Strike Ends After Nine Days\n\nMARCH 2019\n\n"
                + "Dockworkers voted last week to end the strike, the union said on Wednesday in a statement.\n\n"
                + "The ferries had stopped on February 27, after talks broke down.\n";
        List<ResolvedDate> found = analyzed(text).metadata().resolvedDates();
        assertEquals(1, found.size(), found.toString());
        assertEquals("2019-02-27", found.get(0).iso());
        assertEquals("on February 27", text.substring(found.get(0).start(), found.get(0).end()));
    }
}
