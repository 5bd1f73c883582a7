package org.echotrace.extract;

import org.echotrace.model.CleanArticle;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.Segment;
import org.echotrace.pipeline.Stage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the relative dates of an article's body ("on Wednesday", "last week") against its
 * publication date, with offsets into the article's text. Runs after the publication date is
 * settled; does nothing unless that date is known to the day, since "yesterday" against "June 2024"
 * would be a guess.
 */
public final class DateResolution implements Stage<CleanArticle, CleanArticle> {
    private final RelativeDates dates = new RelativeDates();

    @Override
    public CleanArticle apply(CleanArticle in) {
        Optional<LocalDate> day = in.metadata().published().filter(p -> p.precision().equals("day"))
                .map(PublishedDate::iso).flatMap(DateResolution::parse);
        if (day.isEmpty()) {
            return in;
        }
        String text = in.raw().text();
        List<ResolvedDate> found = new ArrayList<>();
        for (Segment s : in.bodySegments()) {
            for (ResolvedDate r : dates.resolve(s.textOf(text), day.get())) {
                found.add(new ResolvedDate(r.start() + s.start(), r.end() + s.start(), r.expression(), r.iso(),
                        r.precision(), r.rule()));
            }
        }
        return new CleanArticle(in.raw(), in.segments(), in.metadata().withResolvedDates(found));
    }

    private static Optional<LocalDate> parse(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
