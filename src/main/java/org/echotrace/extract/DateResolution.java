package org.echotrace.extract;

import org.echotrace.model.CleanArticle;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.Segment;
import org.echotrace.pipeline.Stage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the relative dates of an article's body ("on Wednesday", "last week") against its
 * publication date, with offsets into the article's text. Runs after the publication date is
 * settled. With a date known only to the month or year, only month-days resolve ("on May 16"
 * needs just the year); "yesterday" against "June 2024" would be a guess.
 */
public final class DateResolution implements Stage<CleanArticle, CleanArticle> {
    private final RelativeDates dates = new RelativeDates();

    @Override
    public CleanArticle apply(CleanArticle in) {
        Optional<PublishedDate> published = in.metadata().published();
        Optional<LocalDate> latest = published.flatMap(DateResolution::latestDay);
        if (latest.isEmpty()) {
            return in;
        }
        boolean dayKnown = published.get().precision().equals("day");
        String text = in.raw().text();
        List<ResolvedDate> found = new ArrayList<>();
        for (Segment s : in.bodySegments()) {
            String para = s.textOf(text);
            List<ResolvedDate> here = dayKnown ? dates.resolve(para, latest.get()) : dates.resolveMonthDays(para, latest.get());
            for (ResolvedDate r : here) {
                found.add(new ResolvedDate(r.start() + s.start(), r.end() + s.start(), r.expression(), r.iso(),
                        r.precision(), r.rule()));
            }
        }
        return new CleanArticle(in.raw(), in.segments(), in.metadata().withResolvedDates(found));
    }

    /** The last day the article can have been published: the date itself, or the end of its month or year. */
    public static Optional<LocalDate> latestDay(PublishedDate p) {
        try {
            return Optional.of(switch (p.precision()) {
                case "day" -> LocalDate.parse(p.iso());
                case "month" -> YearMonth.parse(p.iso()).atEndOfMonth();
                default -> LocalDate.of(Integer.parseInt(p.iso().substring(0, 4)), 12, 31);
            });
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
