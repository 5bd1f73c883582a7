package org.echotrace.extract.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The death toll a sentence reports, with the qualifier the text gives it: "At least 21 fighters
 * ... were killed", "five militants were killed", "eliminated 27 militants", "killing about 30".
 * A count of people who did something else ("about 300 militants advanced") is not a toll.
 */
final class Fatalities {
    /** A death toll and how the text qualifies it ("at least", "about", "up to", "more than"), if it does. */
    record Toll(int count, Optional<String> qualifier, int start, int end) {
    }

    private static final String QUALIFIER = "(at least|about|around|approximately|nearly|almost|up to|more than|over|"
            + "some|as many as|an estimated|roughly)";
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})*|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
            + "a hundred|hundred)";
    private static final Pattern KILLED = Pattern.compile("\\b(?:" + QUALIFIER + "\\s+)?" + NUMBER
            + "\\b(?![-\\s]?(?:km|kilomet|percent|%))((?:[^.;\\d]){0,140}?)\\b(?:were|was|have been|had been|are|got)?\\s*"
            + "(killed|dead|died|slain|eliminated|neutrali[sz]ed|lost their lives|perished)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern KILLING = Pattern.compile("\\b(?:killed|killing|kill|eliminated|eliminating|"
            + "neutrali[sz]ed|neutrali[sz]ing|left)\\s+(?:" + QUALIFIER + "\\s+)?" + NUMBER
            + "\\s+(?:[\\w-]+\\s+){0,2}?(?:militants|terrorists|people|civilians|soldiers|fighters|persons|insurgents|"
            + "rebels|gunmen|members|troops|policemen|others|of them|dead)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_BETWEEN = Pattern.compile("\\b(advanced|carrying|moved|arrived|gathered|attacked|"
            + "surrendered|fled|left|crossed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("a hundred", 100), Map.entry("hundred", 100));

    private Fatalities() {
    }

    static Optional<Toll> find(String text, int from, int to) {
        Matcher m = KILLED.matcher(text).region(from, to);
        while (m.find()) {
            if (!VERB_BETWEEN.matcher(m.group(3)).find()) {
                return toll(m.group(1), m.group(2), m.start(), m.end());
            }
        }
        Matcher k = KILLING.matcher(text).region(from, to);
        if (k.find()) {
            return toll(k.group(1), k.group(2), k.start(), k.end());
        }
        return Optional.empty();
    }

    private static Optional<Toll> toll(String qualifier, String number, int start, int end) {
        String n = number.toLowerCase(Locale.ROOT).replace(",", "");
        Integer count = WORDS.get(n);
        if (count == null) {
            try {
                count = Integer.parseInt(n);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Toll(count, Optional.ofNullable(qualifier).map(Fatalities::normalise), start, end));
    }

    /** "around", "approximately", "roughly" read as ACLED's "about"; "over", "more than" as "more than". */
    private static String normalise(String q) {
        String s = q.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "around", "approximately", "roughly", "some", "an estimated" -> "about";
            case "over" -> "more than";
            case "nearly", "almost" -> "nearly";
            default -> s;
        };
    }
}
