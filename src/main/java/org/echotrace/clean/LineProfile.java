package org.echotrace.clean;

import java.nio.CharBuffer;
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
     *
     * <p>Design decision: the key is hashed as the normalised characters are produced, without
     * building the normalised string; this runs for every line of every article, three times
     * per run, and was the single largest cost of analyze when it allocated.
     */
    public static long key(CharSequence line) {
        CharSequence s = line;
        if (!isAscii(line)) {
            String str = line.toString();
            if (!Normalizer.isNormalized(str, Normalizer.Form.NFKC)) {
                s = Normalizer.normalize(str, Normalizer.Form.NFKC);
            }
        }
        long h = 0xcbf29ce484222325L;
        boolean any = false;
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = Character.codePointAt(s, i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                c = '0';
            }
            if (Character.isLetterOrDigit(c) || c == '$' || c == '€' || c == '£') {
                if (space && any) {
                    h = mix(h, ' ');
                }
                h = mix(h, Character.toLowerCase(c));
                any = true;
                space = false;
            } else {
                space = true;
            }
        }
        if (!any) {
            return 0L;
        }
        return h == 0 ? 1 : h;
    }

    /** The normalised form the key is computed over (for tests and diagnostics). */
    static String normalise(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                c = '0';
            }
            if (Character.isLetterOrDigit(c) || c == '$' || c == '€' || c == '£') {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    private static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over a code point, fed as up to three bytes. */
    private static long mix(long h, int codePoint) {
        h ^= codePoint & 0xff;
        h *= 0x100000001b3L;
        if (codePoint > 0xff) {
            h ^= (codePoint >>> 8) & 0xff;
            h *= 0x100000001b3L;
            if (codePoint > 0xffff) {
                h ^= codePoint >>> 16;
                h *= 0x100000001b3L;
            }
        }
        return h;
    }

    /** The keys of the distinct non-blank lines of a text. */
    public static Set<Long> lineKeys(String text) {
        Set<Long> keys = new HashSet<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            long k = key(CharBuffer.wrap(text, start, end));
            if (k != 0) {
                keys.add(k);
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
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
