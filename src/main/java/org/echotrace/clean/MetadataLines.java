package org.echotrace.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echotrace.model.SegmentKind;

/**
 * Short lines that carry the article's metadata: a dateline ("MAY 2021", "November 14th, 2017 –
 * Outlet –"), a byline ("– Agencies – by Jane Doe –") and a source credit ("Source: Wire Agency").
 *
 * <p>Design decision: the patterns are anchored at the start and only run on short lines, so they
 * can neither match inside running prose nor backtrack over a long line.
 */
final class MetadataLines implements LineRule {
    private static final int MAX_CHARS = 200;
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final Pattern DATE = Pattern.compile(
            "^(?:(?:published|posted|updated|date)(?:\\s+on)?\\s*:?\\s+)?"
                    + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?"
                    + "(?:" + MONTH + "\\.?\\s+" + DAY + ",?\\s+\\d{4}"
                    + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+\\d{4}"
                    + "|" + MONTH + "\\.?,?\\s+\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,2}[./]\\d{1,2}[./]\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "by" after the start or a delimiter, then a capitalised name: "– by Jane Doe", "By JANE DOE". */
    private static final Pattern BY = Pattern.compile(
            "(?:^|[–—|,(-]\\s*|(?:written|posted|reported|story|words|text|reporting|article)\\s+)"
                    + "(?i:by)\\s+\\p{Lu}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SOURCE = Pattern.compile(
            "^(?:sources?\\s*[:–—-]|via\\s*:|originally\\s+published|this\\s+article\\s+(?:was\\s+)?"
                    + "(?:originally\\s+|first\\s+)?(?:published|appeared)|first\\s+published|republished\\s+from"
                    + "|reprinted\\s+from|courtesy\\s+of)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void label(Labelling article) {
        for (int i = 0; i < article.size(); i++) {
            Line l = article.line(i);
            if (!article.isOpen(i) || l.text.length() > MAX_CHARS) {
                continue;
            }
            if (isDateline(l)) {
                article.set(i, SegmentKind.DATELINE);
            } else if (isByline(l)) {
                article.set(i, SegmentKind.BYLINE);
            } else if (l.words <= 25 && SOURCE.matcher(l.text).find()) {
                article.set(i, SegmentKind.SOURCE_CREDIT);
            }
        }
    }

    /** A date at the start, followed by at most a few capitalised words (an outlet, a place), not a sentence. */
    static boolean isDateline(Line l) {
        if (l.words > 12) {
            return false;
        }
        Matcher m = DATE.matcher(stripDashes(l.text));
        if (!m.find()) {
            return false;
        }
        String rest = stripDashes(l.text).substring(m.end());
        int restWords = 0;
        int restLower = 0;
        for (String token : SPACES.split(rest)) {
            if (!token.isEmpty() && Character.isLetter(token.codePointAt(0))) {
                restWords++;
                if (Character.isLowerCase(token.codePointAt(0))) {
                    restLower++;
                }
            }
        }
        return restWords <= 6 && restLower * 2 < Math.max(restWords, 1) && !rest.strip().endsWith(".");
    }

    /** A short, unfinished line with "by Name" at its start or after a delimiter. */
    static boolean isByline(Line l) {
        if (l.words > 12 || l.endsSentence && l.words > 6) {
            return false;
        }
        return BY.matcher(l.text).find() || l.lower.startsWith("author:");
    }

    private static String stripDashes(String s) {
        int i = 0;
        while (i < s.length() && ("–—-|".indexOf(s.charAt(i)) >= 0 || Line.isSpace(s.charAt(i)))) {
            i++;
        }
        return s.substring(i);
    }
}
