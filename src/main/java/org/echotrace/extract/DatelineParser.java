package org.echotrace.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date at the start of a dateline as ISO-8601, as precise as the line is: "November 14th,
 * 2017" is {@code 2017-11-14}, "MAY 2021" is {@code 2021-05}. The words after the date, when they
 * sit between dashes ("– Meridian Daily –"), are the outlet the dateline names.
 *
 * <p>Design decision: slashed dates ("03/04/2017") are not read, because month-first and day-first
 * conventions cannot be told apart from the line alone; a wrong date is worse than none.
 */
final class DatelineParser {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /**
     * What may stand before the date: "Published on", "Date of publication", a weekday, whole or cut
     * ("Wednesday,", "Wed").
     */
    private static final String PREFIX = "^[\\s–—|-]*(?:(?:published|posted|updated|date(?:\\s+of\\s+publication)?)"
            + "(?:\\s+on)?\\s*:?\\s+)?"
            + "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?\\s+)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            PREFIX + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            PREFIX + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            PREFIX + MONTH + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            PREFIX + "(\\d{4})-(\\d{2})-(\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile(
            PREFIX + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** "– Meridian Daily –" after the date: a few capitalised words set off by dashes. */
    private static final Pattern OUTLET = Pattern.compile(
            "^\\s*[–—|-]\\s*(\\p{Lu}[\\p{L}\\p{N}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’&-]*){0,4})\\s*[–—|-]\\s*$");
    private static final int MAX_CHARS = 200;

    /** A parsed dateline: the ISO date and where in the line the date ended. */
    record Parsed(String iso, int end) {
    }

    static Optional<Parsed> parse(String line) {
        if (line.length() > MAX_CHARS) {
            return Optional.empty();
        }
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(line);
            if (m.find()) {
                return day(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), m.end());
            }
            m = DAY_MONTH_YEAR.matcher(line);
            if (m.find()) {
                return day(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m.end());
            }
            m = MONTH_YEAR.matcher(line);
            if (m.find()) {
                String iso = YearMonth.of(year(m.group(2)), month(m.group(1))).toString();
                return Optional.of(new Parsed(iso, m.end()));
            }
            m = ISO.matcher(line);
            if (m.find()) {
                return day(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.end());
            }
            m = DOTTED.matcher(line);
            if (m.find()) {
                return day(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), m.end());
            }
        } catch (DateTimeException e) {
            // "February 30th": the line looks like a date but names none; no date is better than a wrong one.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A date to the day that opens a paragraph of running text ("Wed 19 Apr 2017 A bomb blast killed
     * ...", "Date of publication 5 July 2016 The bomber ..."): a dateline the scraper glued to the
     * lead. A month alone is not taken there: "December 2015 saw ..." is the story, not its date.
     */
    static Optional<Parsed> parseOpening(String paragraph) {
        Optional<Parsed> p = parse(paragraph.substring(0, Math.min(paragraph.length(), OPENING_CHARS)));
        return p.filter(d -> d.iso().length() == 10);
    }

    /** How far into a paragraph its opening date may run. */
    private static final int OPENING_CHARS = 60;

    /** The outlet named between dashes after the date, if the rest of the line is just that. */
    static Optional<String> outletAfter(String line, Parsed date) {
        Matcher m = OUTLET.matcher(line.substring(date.end()));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Parsed> day(int year, int month, int day, int end) {
        return Optional.of(new Parsed(LocalDate.of(year, month, day).toString(), end));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (y < 1900 || y > 2199) {
            throw new DateTimeException("implausible year " + y);
        }
        return y;
    }
}
