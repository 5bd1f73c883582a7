package org.echotrace.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-ISO dates of a record's date field ({@link SourceMetadata}): written out, as a dateline
 * writes them ({@link DatelineParser}: "5 April 2017", "Wed, 05 Apr 2017 10:00:00 GMT"), or slashed
 * ("4/16/2017", "16/4/2017", "2017/04/16").
 *
 * <p>Design decision: a slashed date is read day-first or month-first only where the numbers say
 * which (a part above 12), where the other records of its file do ({@link DateOrders}), or where the
 * article's text names one of the two readings; otherwise not at all. A crawler's export does not
 * say its convention, and the two differ by months.
 */
final class RecordDates {
    private static final Pattern DAY_MONTH_OR_MONTH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\b.*)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:\\b.*)?");

    /** How a slashed date orders its day and month. */
    enum Order { MONTH_FIRST, DAY_FIRST }

    private RecordDates() {
    }

    /** The order a slashed date's own numbers show ("4/16/2017": month first), if they show one. */
    static Optional<Order> orderShown(String value) {
        Matcher m = DAY_MONTH_OR_MONTH_DAY.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a >= 1 && a <= 12 && b > 12 && b <= 31) {
            return Optional.of(Order.MONTH_FIRST);
        }
        if (b >= 1 && b <= 12 && a > 12 && a <= 31) {
            return Optional.of(Order.DAY_FIRST);
        }
        return Optional.empty();
    }

    /** A date with its month in words, to the day or the month, as ISO. */
    static Optional<String> written(String value) {
        return DatelineParser.parse(value.strip()).map(DatelineParser.Parsed::iso);
    }

    /** A slashed date as ISO, when its order is known: by its numbers, else by {@code textDate}. */
    static Optional<String> slashed(String value, Optional<String> textDate) {
        return slashed(value, Optional.empty(), textDate);
    }

    /**
     * A slashed date as ISO, when its order is known: by its numbers, else by the order of its file
     * ({@code fileOrder}, {@link DateOrders}), else by {@code textDate}.
     */
    static Optional<String> slashed(String value, Optional<Order> fileOrder, Optional<String> textDate) {
        String v = value.strip();
        Matcher y = YEAR_FIRST.matcher(v);
        if (y.matches()) {
            return date(Integer.parseInt(y.group(1)), Integer.parseInt(y.group(2)), Integer.parseInt(y.group(3)));
        }
        Matcher m = DAY_MONTH_OR_MONTH_DAY.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        Optional<String> monthFirst = date(year, a, b);
        Optional<String> dayFirst = date(year, b, a);
        if (monthFirst.equals(dayFirst) || dayFirst.isEmpty()) {
            return monthFirst;
        }
        if (monthFirst.isEmpty()) {
            return dayFirst;
        }
        if (fileOrder.isPresent()) {
            return fileOrder.get() == Order.MONTH_FIRST ? monthFirst : dayFirst;
        }
        if (textDate.isPresent() && textDate.equals(monthFirst)) {
            return monthFirst;
        }
        return textDate.isPresent() && textDate.equals(dayFirst) ? dayFirst : Optional.empty();
    }

    private static Optional<String> date(int year, int month, int day) {
        if (year < 1900 || year > 2199) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
