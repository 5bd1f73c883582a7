package org.echotrace.extract.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Our cue lexicon ({@code event-cues.tsv}): named cue groups and weighted rules per event type,
 * a rule counting when its expression matches and its required groups are present (or, for
 * {@code !GROUP}, absent). Scores a snippet into one weight per type.
 */
final class CueLexicon {
    static final String RESOURCE = "event-cues.tsv";

    private record Rule(EventType type, double weight, Pattern pattern, List<String> required, List<String> absent) {
    }

    /** What a snippet scored: weight per type, and where the strongest rule of each type matched. */
    record Scores(Map<EventType, Double> weights, Map<EventType, int[]> cues) {
    }

    private final Map<String, Pattern> groups;
    private final List<Rule> rules;

    private CueLexicon(Map<String, Pattern> groups, List<Rule> rules) {
        this.groups = groups;
        this.rules = rules;
    }

    static CueLexicon load() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("event cue lexicon " + RESOURCE + " is not on the classpath");
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /** Parses the lexicon; a bad row fails with its line number, since the file is ours. */
    static CueLexicon parse(String source, String tsv) {
        Map<String, Pattern> groups = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        String[] lines = tsv.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (f[0].startsWith("@")) {
                    groups.put(f[0].substring(1), compile(f[1]));
                    continue;
                }
                EventType type = EventType.findCode(f[0]).orElseThrow(
                        () -> new IllegalArgumentException("unknown event type " + f[0]));
                List<String> required = new ArrayList<>();
                List<String> absent = new ArrayList<>();
                if (f.length > 3 && !f[3].isBlank()) {
                    for (String g : f[3].split(",")) {
                        String name = g.strip();
                        (name.startsWith("!") ? absent : required).add(name.replace("!", ""));
                    }
                }
                for (String g : concat(required, absent)) {
                    if (!groups.containsKey(g)) {
                        throw new IllegalArgumentException("unknown cue group " + g);
                    }
                }
                rules.add(new Rule(type, Double.parseDouble(f[1]), compile(f[2]), required, absent));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return new CueLexicon(groups, rules);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * Compiled without case flags: {@link #score} lower-cases the snippet once instead, which is
     * several times faster than case-insensitive matching of sixty alternations.
     */
    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad expression: " + e.getDescription(), e);
        }
    }

    Scores score(String original) {
        String snippet = original.toLowerCase(java.util.Locale.ROOT);
        Map<String, Boolean> present = new LinkedHashMap<>();
        Map<EventType, Double> weights = new EnumMap<>(EventType.class);
        Map<EventType, int[]> cues = new EnumMap<>(EventType.class);
        Map<EventType, Double> strongest = new EnumMap<>(EventType.class);
        for (Rule r : rules) {
            if (!holds(r, snippet, present)) {
                continue;
            }
            Matcher m = r.pattern().matcher(snippet);
            if (m.find()) {
                weights.merge(r.type(), r.weight(), Double::sum);
                if (r.weight() > strongest.getOrDefault(r.type(), 0.0)) {
                    strongest.put(r.type(), r.weight());
                    cues.put(r.type(), new int[]{m.start(), m.end()});
                }
            }
        }
        return new Scores(weights, cues);
    }

    private boolean holds(Rule r, String snippet, Map<String, Boolean> present) {
        for (String g : r.required()) {
            if (!present.computeIfAbsent(g, k -> groups.get(k).matcher(snippet).find())) {
                return false;
            }
        }
        for (String g : r.absent()) {
            if (present.computeIfAbsent(g, k -> groups.get(k).matcher(snippet).find())) {
                return false;
            }
        }
        return true;
    }
}
