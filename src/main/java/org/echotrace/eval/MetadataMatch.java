package org.echotrace.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exact and normalised match of one metadata field. Normalised: lower case, whitespace collapsed,
 * punctuation stripped at both ends. A blank gold value means "none": only finding nothing matches it.
 */
public final class MetadataMatch {
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private int pages;
    private int exact;
    private int normalised;

    /** Scores one page; true when the normalised values match. */
    public boolean add(Optional<String> found, String gold) {
        pages++;
        String f = found.orElse("");
        if (f.equals(gold)) {
            exact++;
        }
        boolean same = normalise(f).equals(normalise(gold));
        if (same) {
            normalised++;
        }
        return same;
    }

    public static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return EDGE_PUNCTUATION.matcher(t).replaceAll("");
    }

    public LinkedHashMap<String, Object> metrics() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("pages", pages);
        m.put("exact_accuracy", DateScore.round(pages == 0 ? 0 : (double) exact / pages));
        m.put("normalised_accuracy", DateScore.round(pages == 0 ? 0 : (double) normalised / pages));
        return m;
    }
}
