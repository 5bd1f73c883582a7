package org.echotrace.extract.event;

import org.echotrace.extract.DateResolution;
import org.echotrace.extract.RelativeDates;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.TextSpan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a sentence says its event happened: a date the metadata stage already resolved inside the
 * sentence ("on June 11 of the current year", "last week"), else a date written with its year
 * ("18 April 2024"), else a month and day ("on April 18", "overnight into September 28") resolved by
 * the metadata stage's own rule ({@link RelativeDates}: the latest such day on or before publication).
 *
 * <p>Design decision: one rule for month-days without a year, the metadata stage's, so an event and
 * the relative dates of its article never disagree on the year; only where no publication date gives
 * a year is the day kept in ISO 8601's month-day form ("--09-28").
 */
final class EventDates {
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(?:overnight|night)\\s+(?:into|to|of)\\s+|on\\s+)?"
            + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTHS + "(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_DAY = Pattern.compile("\\b(?:on\\s+)?the same day\\b", Pattern.CASE_INSENSITIVE);
    private static final RelativeDates RELATIVE = new RelativeDates();

    private EventDates() {
    }

    /** Whether the sentence dates its event by the one told before it ("on the same day"). */
    static boolean sameDay(String text, TextSpan sentence) {
        return SAME_DAY.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    static Optional<ResolvedDate> find(String text, TextSpan sentence, ArticleMetadata metadata) {
        for (ResolvedDate d : metadata.resolvedDates()) {
            if (d.start() >= sentence.start() && d.end() <= sentence.end()) {
                return Optional.of(d);
            }
        }
        Optional<ResolvedDate> withYear = written(text, sentence, MONTH_DAY, 1, 2, true)
                .or(() -> written(text, sentence, DAY_MONTH, 2, 1, true));
        if (withYear.isPresent()) {
            return withYear;
        }
        Optional<LocalDate> latest = metadata.published().flatMap(DateResolution::latestDay);
        if (latest.isPresent()) {
            String part = text.substring(sentence.start(), sentence.end());
            return RELATIVE.resolveMonthDays(part, latest.get()).stream().findFirst()
                    .map(r -> new ResolvedDate(r.start() + sentence.start(), r.end() + sentence.start(),
                            r.expression(), r.iso(), r.precision(), r.rule()));
        }
        return written(text, sentence, MONTH_DAY, 1, 2, false).or(() -> written(text, sentence, DAY_MONTH, 2, 1, false));
    }

    /** The first month and day written in the sentence, with its year ({@code withYear}) or without one. */
    private static Optional<ResolvedDate> written(String text, TextSpan sentence, Pattern p, int monthGroup,
                                                  int dayGroup, boolean withYear) {
        Matcher m = p.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            if ((m.group(3) != null) != withYear) {
                continue;
            }
            int month = month(m.group(monthGroup));
            int day = Integer.parseInt(m.group(dayGroup));
            if (!withYear) {
                if (month < 1 || day < 1 || day > 31) {
                    continue;
                }
                String iso = String.format(Locale.ROOT, "--%02d-%02d", month, day);
                return Optional.of(new ResolvedDate(m.start(), m.end(), m.group(), iso, "month-day",
                        "month and day in the sentence; no publication date gives the year"));
            }
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month, day);
                return Optional.of(new ResolvedDate(m.start(), m.end(), m.group(), d.toString(), "day",
                        "month, day and year written in the sentence"));
            } catch (DateTimeException e) {
                // "February 30": not a date; try the next expression.
            }
        }
        return Optional.empty();
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        return names.indexOf(n.substring(0, 3)) + 1;
    }
}
