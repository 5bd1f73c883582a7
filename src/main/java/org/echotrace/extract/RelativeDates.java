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
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
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
    private static final int MAX_CHARS = 1_000_000;

    /**
     * A pattern, the words it cannot match without, and what it resolves to.
     *
     * <p>Design decision: a rule is tried only in a short window around each of its anchor words,
     * found by one scan of the text's words. Trying a dozen case-insensitive patterns at every
     * position of every paragraph made this the costliest metadata step; anchored, it is linear
     * in the text and costs nothing on paragraphs without a date word.
     */
    private record Rule(Pattern pattern, Set<String> anchors,
                        BiFunction<Matcher, LocalDate, Optional<Resolution>> resolve) {
    }

    /** How far before and after its anchor word a match may reach ("overnight into", "the 11th of"). */
    private static final int WINDOW = 48;

    private static Rule rule(String regex, BiFunction<Matcher, LocalDate, Optional<Resolution>> resolve) {
        // The patterns' literals are lower case and run on lower-cased text: the case-insensitive
        // mode is several times slower.
        return new Rule(Pattern.compile(regex), anchorsOf(regex), resolve);
    }

    private static final Set<String> MONTH_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sept", "sep", "oct", "nov", "dec");
    private static final Set<String> WEEKDAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** The words a rule's pattern cannot match without. */
    private static Set<String> anchorsOf(String pattern) {
        if (pattern.contains("january|")) {
            return MONTH_WORDS;
        }
        if (pattern.contains("monday|")) {
            return WEEKDAY_WORDS;
        }
        for (String word : List.of("yesterday", "today", "tomorrow", "ago", "week", "month", "year")) {
            if (pattern.contains(word)) {
                return Set.of(word);
            }
        }
        throw new IllegalStateException("a relative-date rule without an anchor word: " + pattern);
    }

    /** What an expression resolves to, before it is placed in the text. */
    private record Resolution(String iso, String precision, String rule) {
    }

    private static final List<Rule> RULES = List.of(
            rule("\\b(?:on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+(?:the\\s+current|this)\\s+year\\b",
                    (m, p) -> day(p.getYear(), m.group(1), m.group(2), "month-day of the publication year")),
            rule("\\b(?:(?:overnight\\s+)?into\\s+|on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?" + NO_YEAR,
                    (m, p) -> monthDay(p, m.group(1), m.group(2))),
            rule("\\b(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + NO_YEAR,
                    (m, p) -> monthDay(p, m.group(2), m.group(1))),
            rule("\\b(?:the\\s+)?day\\s+before\\s+yesterday\\b",
                    (m, p) -> Optional.of(new Resolution(p.minusDays(2).toString(), "day", "two days before publication"))),
            rule("\\byesterday\\b",
                    (m, p) -> Optional.of(new Resolution(p.minusDays(1).toString(), "day", "the day before publication"))),
            rule("\\btoday\\b",
                    (m, p) -> Optional.of(new Resolution(p.toString(), "day", "the publication date"))),
            rule("\\btomorrow\\b",
                    (m, p) -> Optional.of(new Resolution(p.plusDays(1).toString(), "day", "the day after publication"))),
            rule("\\b(last|on|this\\s+past)\\s+" + WEEKDAY + "\\b",
                    (m, p) -> weekday(p, m.group(1), m.group(2))),
            // "was killed Tuesday", "said Sunday": the newswire's weekday without "on"; not a named day ("Super Tuesday").
            rule("\\b(?<!super\\s)(?<!black\\s)(?<!good\\s)(?<!ash\\s)(?<!palm\\s)(?<!easter\\s)(?<!bloody\\s)"
                    + "(?<!cyber\\s)(?<!holy\\s)(?<!maundy\\s)" + WEEKDAY + "\\b",
                    (m, p) -> weekday(p, "on", m.group(1))),
            rule("\\b(?:at|by)\\s+the\\s+end\\s+of\\s+last\\s+week\\b",
                    (m, p) -> Optional.of(week(p.minusWeeks(1), "the end (Friday to Sunday) of the week before the publication week"))),
            rule("\\blast\\s+week\\b",
                    (m, p) -> Optional.of(week(p.minusWeeks(1), "the week before the publication week"))),
            rule("\\bthis\\s+week\\b",
                    (m, p) -> Optional.of(week(p, "the publication week"))),
            rule("\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+month\\b",
                    (m, p) -> Optional.of(new Resolution(p.minusMonths(1) + "/" + p, "period", "the month up to publication"))),
            rule("\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+week\\b",
                    (m, p) -> Optional.of(new Resolution(p.minusWeeks(1) + "/" + p, "period", "the seven days up to publication"))),
            rule("\\blast\\s+month\\b",
                    (m, p) -> Optional.of(new Resolution(YearMonth.from(p).minusMonths(1).toString(), "month", "the month before the publication month"))),
            rule("\\blast\\s+year\\b",
                    (m, p) -> Optional.of(new Resolution(String.valueOf(p.getYear() - 1), "year", "the year before the publication year"))),
            rule("\\b(?:this|the\\s+current)\\s+year\\b",
                    (m, p) -> Optional.of(new Resolution(String.valueOf(p.getYear()), "year", "the publication year"))),
            rule("\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(day|week|month|year)s?\\s+ago\\b",
                    (m, p) -> ago(p, m.group(1), m.group(2))));

    /** Anchor word to the indexes of the rules it anchors. */
    private static final Map<String, int[]> ANCHORED = anchored();

    private static Map<String, int[]> anchored() {
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int r = 0; r < RULES.size(); r++) {
            for (String a : RULES.get(r).anchors()) {
                byWord.computeIfAbsent(a, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, int[]> out = new HashMap<>();
        byWord.forEach((w, rs) -> out.put(w, rs.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    /** Relative dates of {@code text}, in text order, resolved against {@code published}. */
    public List<ResolvedDate> resolve(String text, LocalDate published) {
        return resolve(text, published, true);
    }

    /**
     * Relative dates of a text whose publication is known only to the month or year, given as the
     * last day it can have been: only month-days ("on May 16", "June 11 of the current year")
     * resolve then, since they need just the year; "yesterday" or "last week" would be guesses.
     */
    public List<ResolvedDate> resolveMonthDays(String text, LocalDate latestPublication) {
        return resolve(text, latestPublication, false);
    }

    private List<ResolvedDate> resolve(String text, LocalDate published, boolean dayKnown) {
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<ResolvedDate> all = new ArrayList<>();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.length() != t.length()) {
            // A rare letter changed length when lower-cased (Turkish dotted I); keep offsets exact.
            lower = lowerSameLength(t);
        }
        List<int[]> words = words(lower);
        // One look-up per word: which rules it anchors.
        List<List<int[]>> hits = new ArrayList<>(RULES.size());
        for (int r = 0; r < RULES.size(); r++) {
            hits.add(new ArrayList<>());
        }
        for (int[] w : words) {
            int[] rules = ANCHORED.get(lower.substring(w[0], w[1]));
            if (rules != null) {
                for (int r : rules) {
                    hits.get(r).add(w);
                }
            }
        }
        for (int r = 0; r < RULES.size(); r++) {
            if (hits.get(r).isEmpty() || (!dayKnown && RULES.get(r).anchors() != MONTH_WORDS)) {
                continue;
            }
            Rule rule = RULES.get(r);
            Matcher m = rule.pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            int searchedTo = 0;
            for (int[] w : hits.get(r)) {
                int from = Math.max(searchedTo, w[0] - WINDOW);
                int to = Math.min(lower.length(), w[1] + WINDOW);
                if (from >= to) {
                    continue;
                }
                m.region(from, to);
                while (m.find()) {
                    Matcher match = m;
                    rule.resolve().apply(match, published).ifPresent(res -> all.add(new ResolvedDate(match.start(),
                            match.end(), t.substring(match.start(), match.end()), res.iso(), res.precision(), res.rule())));
                }
                searchedTo = to;
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

    /** Start and end of each run of letters. */
    private static List<int[]> words(String lower) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static String lowerSameLength(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            sb.append(Character.toLowerCase(t.charAt(i)));
        }
        return sb.toString();
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
