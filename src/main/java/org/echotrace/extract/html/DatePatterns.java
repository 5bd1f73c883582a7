package org.echotrace.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.extract.html.DateFinding.Precision;

/**
 * Reads dates written out in text, in the shapes news pages use: ISO "2017-11-14", day-first
 * "14.11.2017", "14. November 2017", "14 de noviembre de 2017", "14 ноября 2017", and month-first
 * "November 14th, 2017". Month names come in a dozen languages so that pages in other languages
 * than the development set's are read too.
 *
 * <p>Design decision: slashed dates with both parts at most 12 are read day-first unless the page
 * says it is American English; a date that cannot be told apart is still a date, and day-first is the
 * majority convention world-wide.
 */
final class DatePatterns {
    /** A date found in a text: where, and how precise. */
    record Found(LocalDate date, Precision precision, int start, int end) {
        String iso() {
            return switch (precision) {
                case DAY -> date.toString();
                case MONTH -> date.toString().substring(0, 7);
                case YEAR -> date.toString().substring(0, 4);
            };
        }
    }

    private static final String[][] MONTH_NAMES = {
        {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia",
            "styczeń", "январь", "января", "янв", "січня", "січень", "ocak", "oca", "ledna", "leden"},
        {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "lutego",
            "luty", "февраль", "февраля", "фев", "лютого", "лютий", "şubat", "şub", "fev", "subat", "února", "únor"},
        {"march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "marca",
            "marzec", "март", "марта", "березня", "березень", "mart", "března", "březen"},
        {"april", "apr", "avril", "abril", "aprile", "kwietnia", "kwiecień", "апрель", "апреля", "апр", "квітня",
            "квітень", "nisan", "nis", "abr", "dubna", "duben"},
        {"may", "mai", "mayo", "maggio", "maio", "mei", "maja", "maj", "май", "мая", "травня", "травень", "mayıs",
            "mayis", "května", "květen"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec", "июнь", "июня", "червня",
            "червень", "haziran", "haz", "června", "červen"},
        {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "lipca", "lipiec", "июль", "июля", "липня",
            "липень", "temmuz", "tem", "července", "červenec"},
        {"august", "aug", "août", "aout", "agosto", "augustus", "sierpnia", "sierpień", "август", "августа", "авг",
            "серпня", "серпень", "ağustos", "ağu", "ago", "agustos", "srpna", "srpen"},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "września", "wrzesień",
            "сентябрь", "сентября", "сент", "сен", "вересня", "вересень", "eylül", "eyl", "set", "eylul", "září"},
        {"october", "oct", "okt", "oktober", "octobre", "octubre", "ottobre", "outubro", "października",
            "październik", "октябрь", "октября", "окт", "жовтня", "жовтень", "ekim", "eki", "out", "října", "říjen"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "ноябрь", "ноября", "ноя",
            "листопада", "kasım", "kas", "kasim"},
        {"december", "dec", "dez", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro",
            "grudnia", "grudzień", "декабрь", "декабря", "дек", "грудня", "грудень", "aralık", "ara", "aralik", "prosince",
            "prosinec"},
    };
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (int m = 0; m < 12; m++) {
            for (String n : MONTH_NAMES[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    /**
     * Any word, checked against {@link #MONTHS} after matching: one alternation of two hundred names
     * would be tried at every position of the text, a word class is not.
     */
    private static final String MONTH = "(?<![\\p{L}])(\\p{L}{3,12})\\.?(?![\\p{L}])";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T ]|\\d{4,6}$)");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?(\\d{4})(?![\\d])");
    private static final Pattern NUMERIC_DMY_SHORT = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([./])\\s?(\\d{1,2})\\2\\s?(\\d{2})(?![\\d./-])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+|of\\s+)?" + MONTH
                    + ",?\\s*(?:de\\s+)?(\\d{4})(?![\\d])", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})(?![\\d])", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})(?![\\d])", FLAGS);

    private DatePatterns() {
    }

    /** Day-precision dates in {@code text}, in text order, at most {@code limit}. */
    static List<Found> findAll(CharSequence text, boolean monthFirst, int limit) {
        return findAll(text, monthFirst, false, limit);
    }

    /**
     * As {@link #findAll(CharSequence, boolean, int)}; with {@code shortYears}, "8.5.12" and "30.10.23" are
     * read too. Only for short texts that say they hold a date: in running text they are as often version
     * numbers, scores or times.
     */
    static List<Found> findAll(CharSequence text, boolean monthFirst, boolean shortYears, int limit) {
        List<Found> out = new ArrayList<>();
        collect(ISO.matcher(text), 1, 3, 4, false, out);
        collectNumeric(NUMERIC_DMY.matcher(text), monthFirst, out);
        if (shortYears) {
            collectNumeric(NUMERIC_DMY_SHORT.matcher(text), monthFirst, out);
        }
        collect(DAY_MONTH_YEAR.matcher(text), 3, 2, 1, true, out);
        collect(MONTH_DAY_YEAR.matcher(text), 3, 1, 2, true, out);
        out.sort(Comparator.comparingInt(Found::start));
        List<Found> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Found f : out) {
            if (f.start() >= lastEnd) {
                kept.add(f);
                lastEnd = f.end();
                if (kept.size() >= limit) {
                    break;
                }
            }
        }
        return kept;
    }

    /** The first date in a short value such as a meta tag's content: day precision, else month. */
    static Optional<Found> parseValue(String value, boolean monthFirst) {
        String v = value.strip();
        if (v.length() > 300) {
            v = v.substring(0, 300);
        }
        Matcher c = COMPACT.matcher(v);
        if (c.find()) {
            Optional<LocalDate> d = date(c.group(1), c.group(2), c.group(3));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), Precision.DAY, 0, c.end()));
            }
        }
        List<Found> all = findAll(v, monthFirst, 1);
        if (!all.isEmpty()) {
            return Optional.of(all.get(0));
        }
        return findMonth(v);
    }

    /** A month-precision date ("November 2017"), for when no day is given anywhere. */
    static Optional<Found> findMonth(CharSequence text) {
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (monthOf(m.group(1)) == 0) {
                continue;
            }
            Optional<LocalDate> d = date(m.group(2), String.valueOf(monthOf(m.group(1))), "1");
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), Precision.MONTH, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static void collect(Matcher m, int y, int mo, int d, boolean named, List<Found> out) {
        while (m.find()) {
            String month = named ? String.valueOf(monthOf(m.group(mo))) : m.group(mo);
            if (month.equals("0")) {
                continue;
            }
            date(m.group(y), month, m.group(d))
                    .ifPresent(date -> out.add(new Found(date, Precision.DAY, m.start(), m.end())));
        }
    }

    private static void collectNumeric(Matcher m, boolean monthFirst, List<Found> out) {
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // Dots are always day-first; slashes follow the page's convention unless one part rules it out.
            boolean mdy = !m.group(2).equals(".") && (a <= 12 && (b > 12 || monthFirst));
            // Two-digit years are this century's: a news page from the 1990s is rarer than one misread.
            String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            Optional<LocalDate> d = mdy ? date(year, m.group(1), m.group(3)) : date(year, m.group(3), m.group(1));
            d.ifPresent(date -> out.add(new Found(date, Precision.DAY, m.start(), m.end())));
        }
    }

    private static int monthOf(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return MONTHS.getOrDefault(key, 0);
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            // "31.02.2017" or a version number: looks like a date, names none.
            return Optional.empty();
        }
    }
}
