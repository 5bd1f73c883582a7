package org.echotrace.link.entity;

/** Jaro-Winkler similarity (0..1) of two strings, with the usual prefix scale 0.1 over at most four characters. */
final class JaroWinkler {
    private JaroWinkler() {
    }

    /**
     * Whether the similarity reaches {@code threshold}, answered without the matching pass where the
     * lengths alone rule it out: Jaro is at most (2 + shorter/longer) / 3 and the prefix adds at most
     * 0.4 of what is left. Design decision: an article's names are compared with each of its name
     * groups, and a page of thousands of capitalised words made that seconds of full comparisons.
     */
    static boolean atLeast(String a, String b, double threshold) {
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        if (longer > 0 && !a.equals(b)) {
            double jaro = (2 + (double) shorter / longer) / 3;
            if (jaro + 0.4 * (1 - jaro) < threshold - 1e-9) {
                return false;
            }
        }
        return similarity(a, b) >= threshold;
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] usedA = new boolean[a.length()];
        boolean[] usedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!usedB[j] && a.charAt(i) == b.charAt(j)) {
                    usedA[i] = true;
                    usedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transposed = 0;
        int k = 0;
        for (int i = 0; i < a.length(); i++) {
            if (!usedA[i]) {
                continue;
            }
            while (!usedB[k]) {
                k++;
            }
            if (a.charAt(i) != b.charAt(k)) {
                transposed++;
            }
            k++;
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transposed / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
