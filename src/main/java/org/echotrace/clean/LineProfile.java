package org.echotrace.clean;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many articles of a corpus contain each line, by a key of the line's normalised form. Lines
 * that recur across articles are templates (banners, prompts, footers), whatever the outlet; this
 * is what lets the cleaner work on sites it has never seen.
 *
 * <p>Design decision: only 64-bit keys are kept, not the lines, so a profile of a million articles
 * stays small and can be persisted by the store as two numbers per distinct line.
 *
 * @param articleCounts line key to the number of distinct articles containing that line
 * @param articles      number of articles counted
 */
public record LineProfile(Map<Long, Integer> articleCounts, int articles) {
    public static final LineProfile EMPTY = new LineProfile(Map.of(), 0);

    public LineProfile {
        articleCounts = Map.copyOf(articleCounts);
    }

    /** Number of articles of the corpus that contain this line (after normalisation). */
    public int articlesWith(String line) {
        return articleCounts.getOrDefault(key(line), 0);
    }

    /**
     * The key of a line: case, digits, punctuation and spacing are ignored, so "1 2,785" and
     * "0 78" share a shape but "Support us" and "Subscribe" do not. Blank lines have key 0.
     */
    public static long key(String line) {
        String n = normalise(line);
        if (n.isEmpty()) {
            return 0L;
        }
        return fnv1a64(n.getBytes(StandardCharsets.UTF_8));
    }

    static String normalise(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                c = '0';
            }
            if (Character.isLetterOrDigit(c) || c == '$' || c == '€' || c == '£') {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    private static long fnv1a64(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** The keys of the distinct non-blank lines of a text. */
    public static Set<Long> lineKeys(String text) {
        Set<Long> keys = new HashSet<>();
        for (String line : text.split("\\R")) {
            long k = key(line);
            if (k != 0) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** This profile plus more articles' lines. */
    public LineProfile plus(Iterable<String> texts) {
        Map<Long, Integer> counts = new HashMap<>(articleCounts);
        int n = articles;
        for (String text : texts) {
            for (long k : lineKeys(text)) {
                counts.merge(k, 1, Integer::sum);
            }
            n++;
        }
        return new LineProfile(counts, n);
    }
}
