package org.echotrace.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.ResolvedDate;

/**
 * Finds relative date expressions in English article text ("yesterday", "on Wednesday", "last week",
 * "on June 11 of the current year", "August 24th") and resolves them against the publication date,
 * recording the rule used, so an analyst can see why "Wednesday" became 2017-11-08.
 *
 * <p>Design decision: a weekday or a month-day without a year is taken as the latest one on or before
 * publication. News reports what happened; announcements of future events are the exception, and a
 * recorded rule lets a reader spot them. Expressions are found in order of the rules below; where two
 * overlap, the longer wins ("at the end of last week" over "last week").
 */
public final class RelativeDates {
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String NO_YEAR = "(?!,?\\s*\\d{4})(?![\\d\\p{L}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final int MAX_CHARS = 1_000_000;

    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, Optional<Resolution>> resolve) {
    }

    /** What an expression resolves to, before it is placed in the text. */
    private record Resolution(String iso, String precision, String rule) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("\\b(?:on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+(?:the\\s+current|this)\\s+year\\b", FLAGS),
                    (m, p) -> day(p.getYear(), m.group(1), m.group(2), "month-day of the publication year")),
            new Rule(Pattern.compile("\\b(?:(?:overnight\\s+)?into\\s+|on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + NO_YEAR, FLAGS),
                    (m, p) -> monthDay(p, m.group(1), m.group(2))),
            new Rule(Pattern.compile("\\b(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + NO_YEAR, FLAGS),
                    (m, p) -> monthDay(p, m.group(2), m.group(1))),
            new Rule(Pattern.compile("\\b(?:the\\s+)?day\\s+before\\s+yesterday\\b", FLAGS),
                    (m, p) -> Optional.of(new Resolution(p.minusDays(2).toString(), "day", "two days before publication"))),
            new Rule(Pattern.compile("\\byesterday\\b", FLAGS),
                    (m, p) -> Optional.of(new Resolution(p.minusDays(1).toString(), "day", "the day before publication"))),
            new Rule(Pattern.compile("\\btoday\\b", FLAGS),
                    (m, p) -> Optional.of(new Resolution(p.toString(), "day", "the publication date"))),
            new Rule(Pattern.compile("\\btomorrow\\b", FLAGS),
                    (m, p) -> Optional.of(new Resolution(p.plusDays(1).toString(), "day", "the day after publication"))),
            new Rule(Pattern.compile("\\b(last|on|this\\s+past)\\s+" + WEEKDAY + "\\b", FLAGS),
                    (m, p) -> weekday(p, m.group(1), m.group(2))),
            new Rule(Pattern.compile("\\b(?:at|by)\\s+the\\s+end\\s+of\\s+last\\s+week\\b", FLAGS),
                    (m, p) -> Optional.of(week(p.minusWeeks(1), "the end (Friday to Sunday) of the week before the publication week"))),
            new Rule(Pattern.compile("\\blast\\s+week\\b", FLAGS),
                    (m, p) -> Optional.of(week(p.minusWeeks(1), "the week before the publication week"))),
            new Rule(Pattern.compile("\\bthis\\s+week\\b", FLAGS),
                    (m, p) -> Optional.of(week(p, "the publication week"))),
            new Rule(Pattern.compile("\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+month\\b", FLAGS),
                    (m, p) -> Optional.of(new Resolution(p.minusMonths(1) + "/" + p, "period", "the month up to publication"))),
            new Rule(Pattern.compile("\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+week\\b", FLAGS),
                    (m, p) -> Optional.of(new Resolution(p.minusWeeks(1) + "/" + p, "period", "the seven days up to publication"))),
            new Rule(Pattern.compile("\\blast\\s+month\\b", FLAGS),
                    (m, p) -> Optional.of(new Resolution(YearMonth.from(p).minusMonths(1).toString(), "month", "the month before the publication month"))),
            new Rule(Pattern.compile("\\blast\\s+year\\b", FLAGS),
                    (m, p) -> Optional.of(new Resolution(String.valueOf(p.getYear() - 1), "year", "the year before the publication year"))),
            new Rule(Pattern.compile("\\b(?:this|the\\s+current)\\s+year\\b", FLAGS),
                    (m, p) -> Optional.of(new Resolution(String.valueOf(p.getYear()), "year", "the publication year"))),
            new Rule(Pattern.compile("\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(day|week|month|year)s?\\s+ago\\b", FLAGS),
                    (m, p) -> ago(p, m.group(1), m.group(2))));

    /** Relative dates of {@code text}, in text order, resolved against {@code published}. */
    public List<ResolvedDate> resolve(String text, LocalDate published) {
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<ResolvedDate> all = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(t);
            while (m.find()) {
                Matcher match = m;
                rule.resolve().apply(match, published).ifPresent(r -> all.add(
                        new ResolvedDate(match.start(), match.end(), match.group(), r.iso(), r.precision(), r.rule())));
            }
        }
        all.sort(Comparator.comparingInt(ResolvedDate::start).thenComparing(r -> -(r.end() - r.start())));
        List<ResolvedDate> kept = new ArrayList<>();
        for (ResolvedDate r : all) {
            if (kept.isEmpty() || r.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static Optional<Resolution> monthDay(LocalDate published, String month, String day) {
        Optional<Resolution> same = day(published.getYear(), month, day, "month-day without a year: the publication year");
        if (same.isPresent() && LocalDate.parse(same.get().iso()).isAfter(published)) {
            return day(published.getYear() - 1, month, day,
                    "month-day without a year: the year before publication (in the publication year it would follow it)");
        }
        return same;
    }

    private static Optional<Resolution> day(int year, String month, String day, String rule) {
        try {
            LocalDate d = LocalDate.of(year, monthNumber(month), Integer.parseInt(day));
            return Optional.of(new Resolution(d.toString(), "day", rule));
        } catch (DateTimeException | NumberFormatException e) {
            // "February 30": not a date, so not resolved.
            return Optional.empty();
        }
    }

    private static Optional<Resolution> weekday(LocalDate published, String cue, String name) {
        DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        boolean strictlyBefore = !cue.toLowerCase(Locale.ROOT).equals("on");
        LocalDate d = strictlyBefore ? published.with(TemporalAdjusters.previous(dow))
                : published.with(TemporalAdjusters.previousOrSame(dow));
        String rule = strictlyBefore ? "the latest " + name.toLowerCase(Locale.ROOT) + " before publication"
                : "the latest " + name.toLowerCase(Locale.ROOT) + " on or before publication";
        return Optional.of(new Resolution(d.toString(), "day", rule));
    }

    private static Resolution week(LocalDate inWeek, String rule) {
        String iso = String.format(Locale.ROOT, "%d-W%02d", inWeek.get(IsoFields.WEEK_BASED_YEAR),
                inWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new Resolution(iso, "week", rule + " (Monday " + inWeek.with(DayOfWeek.MONDAY) + ")");
    }

    private static Optional<Resolution> ago(LocalDate published, String count, String unit) {
        List<String> words = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
        int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : words.indexOf(count.toLowerCase(Locale.ROOT)) + 1;
        String u = unit.toLowerCase(Locale.ROOT);
        String rule = n + " " + u + (n == 1 ? "" : "s") + " before publication";
        return Optional.of(switch (u) {
            case "day" -> new Resolution(published.minusDays(n).toString(), "day", rule);
            case "week" -> week(published.minusWeeks(n), rule);
            case "month" -> new Resolution(YearMonth.from(published).minusMonths(n).toString(), "month", rule);
            default -> new Resolution(String.valueOf(published.getYear() - n), "year", rule);
        });
    }

    private static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }
}
