package org.echotrace.extract.event;

import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.PublishedDate;
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
 * sentence ("on June 11 of the current year", "last week"), else a month and day written in it
 * ("on April 18", "overnight into September 28", "On August 24th", "18 April 2024"), its year from
 * the text or else the publication date (the year before when the month lies after publication).
 */
final class EventDates {
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(?:overnight|night)\\s+(?:into|to|of)\\s+|on\\s+)?"
            + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTHS + "(?:,?\\s+(\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_DAY = Pattern.compile("\\b(?:on\\s+)?the same day\\b", Pattern.CASE_INSENSITIVE);

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
        Optional<ResolvedDate> md = written(text, sentence, MONTH_DAY, 1, 2, metadata.published());
        return md.isPresent() ? md : written(text, sentence, DAY_MONTH, 2, 1, metadata.published());
    }

    private static Optional<ResolvedDate> written(String text, TextSpan sentence, Pattern p, int monthGroup,
                                                  int dayGroup, Optional<PublishedDate> published) {
        Matcher m = p.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int month = month(m.group(monthGroup));
            int day = Integer.parseInt(m.group(dayGroup));
            String rule;
            int year;
            if (m.group(3) != null) {
                year = Integer.parseInt(m.group(3));
                rule = "month, day and year written in the sentence";
            } else if (published.isPresent() && published.get().iso().length() >= 4) {
                String iso = published.get().iso();
                year = Integer.parseInt(iso.substring(0, 4));
                rule = "month and day in the sentence; the publication year";
                if (iso.length() >= 7 && month > Integer.parseInt(iso.substring(5, 7))) {
                    year--;
                    rule = "month and day in the sentence, after the publication month: the year before";
                }
            } else {
                // No year anywhere: ISO 8601's month-day form, so the day is kept and the gap is plain.
                if (month < 1 || day < 1 || day > 31) {
                    continue;
                }
                String iso = String.format(Locale.ROOT, "--%02d-%02d", month, day);
                return Optional.of(new ResolvedDate(m.start(), m.end(), m.group(), iso, "month-day",
                        "month and day in the sentence; no publication date gives the year"));
            }
            try {
                LocalDate d = LocalDate.of(year, month, day);
                return Optional.of(new ResolvedDate(m.start(), m.end(), m.group(), d.toString(), "day", rule));
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
