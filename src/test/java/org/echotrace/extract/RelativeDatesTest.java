package org.echotrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.echotrace.model.ResolvedDate;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {
    private static final LocalDate SAT_2024_06_15 = LocalDate.of(2024, 6, 15);
    private final RelativeDates dates = new RelativeDates();

    private ResolvedDate only(String text, LocalDate published) {
        List<ResolvedDate> all = dates.resolve(text, published);
        assertEquals(1, all.size(), () -> "one expression in '" + text + "', found " + all);
        ResolvedDate r = all.get(0);
        assertEquals(r.expression(), text.substring(r.start(), r.end()), "offsets point at the expression");
        return r;
    }

    @Test
    void resolvesMonthDayOfTheCurrentYear() {
        ResolvedDate r = only("The strike happened on June 11 of the current year near al-Tanf.", SAT_2024_06_15);
        assertEquals("2024-06-11", r.iso());
        assertEquals("on June 11 of the current year", r.expression());
        assertEquals("month-day of the publication year", r.rule());
    }

    @Test
    void takesTheYearBeforeWhenAMonthDayWouldFollowPublication() {
        assertEquals("2024-05-16", only("Officials said on May 16 that ...", SAT_2024_06_15).iso());
        ResolvedDate r = only("It started August 24th.", SAT_2024_06_15);
        assertEquals("2023-08-24", r.iso());
        assertTrue(r.rule().contains("year before"));
    }

    @Test
    void leavesDatesWithAYearAlone() {
        assertTrue(dates.resolve("On November 14, 2017 the ministry said", SAT_2024_06_15).isEmpty());
    }

    @Test
    void resolvesDaysAroundPublication() {
        assertEquals("2024-06-14", only("Yesterday the convoy left.", SAT_2024_06_15).iso());
        assertEquals("2024-06-15", only("today", SAT_2024_06_15).iso());
        assertEquals("2024-09-28", only("shelling overnight into September 28 killed", LocalDate.of(2024, 9, 29)).iso());
    }

    @Test
    void resolvesTheNewswiresBareWeekdayButNoNamedDay() {
        ResolvedDate r = only("The commander was killed Tuesday in a suicide bombing.", SAT_2024_06_15);
        assertEquals("2024-06-11", r.iso());
        assertEquals("Tuesday", r.expression());
        assertEquals("2024-06-14", only("The last convoy left last Friday.", SAT_2024_06_15).iso(), "the longer expression wins");
        assertTrue(dates.resolve("Rubio hoped to win on Super Tuesday and after Good Friday.", SAT_2024_06_15).stream()
                .noneMatch(d -> d.expression().contains("Tuesday") || d.expression().contains("Friday")));
    }

    @Test
    void resolvesAWeekdayToTheLatestOneOnOrBeforePublication() {
        ResolvedDate r = only("The ministry said on Wednesday that", SAT_2024_06_15);
        assertEquals("2024-06-12", r.iso());
        assertTrue(r.rule().contains("on or before publication"));
        assertEquals("2024-06-15", only("on Saturday", SAT_2024_06_15).iso());
        assertEquals("2024-06-08", only("last Saturday", SAT_2024_06_15).iso());
    }

    @Test
    void resolvesWeeksAsIsoWeeks() {
        ResolvedDate r = only("Last week the center reported", LocalDate.of(2017, 11, 14));
        assertEquals("2017-W45", r.iso());
        assertEquals("week", r.precision());
        ResolvedDate end = only("at the end of last week", LocalDate.of(2017, 11, 14));
        assertEquals("2017-W45", end.iso());
        assertTrue(end.rule().startsWith("the end"));
    }

    @Test
    void resolvesPeriodsMonthsAndYears() {
        assertEquals("2024-05-15/2024-06-15", only("over the past month", SAT_2024_06_15).iso());
        assertEquals("2024-05", only("last month", SAT_2024_06_15).iso());
        assertEquals("2023", only("last year", SAT_2024_06_15).iso());
        assertEquals("2024-06-12", only("three days ago", SAT_2024_06_15).iso());
    }

    @Test
    void reportsExpressionsInTextOrder() {
        List<ResolvedDate> all = dates.resolve("Yesterday, as on Wednesday and last week, ...", SAT_2024_06_15);
        assertEquals(List.of("Yesterday", "on Wednesday", "last week"), all.stream().map(ResolvedDate::expression).toList());
    }
}
