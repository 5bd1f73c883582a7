package org.echotrace.extract.claim;

import static org.echotrace.extract.claim.SpeakerParser.NAME_PARTICLE;
import static org.echotrace.extract.claim.SpeakerParser.linkWord;

/**
 * What is taken out of a source phrase before {@link SpeakerParser} reads it: a bracketed acronym
 * that repeats or replaces a name, and the affiliations before a name ("the Daesh-linked Aamaq news
 * agency").
 */
final class SpeakerPhraseCleaning {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    static final java.util.regex.Pattern BRACKETED_ACRONYM = java.util.regex.Pattern.compile(
            "\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}.&-]+)\\)");

    /**
     * "Syrian Observatory for Human Rights (SOHR)": the acronym in brackets repeats the name, and
     * is dropped; "the UN children's agency (UNICEF)": it is the name of what was described.
     */
    static String withoutBrackets(String phrase) {
        java.util.regex.Matcher m = BRACKETED_ACRONYM.matcher(phrase);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            String before = phrase.substring(0, m.start()).stripTrailing();
            int space = before.lastIndexOf(' ');
            String last = before.substring(space + 1);
            boolean described = !last.isEmpty() && Character.isLowerCase(last.charAt(0));
            if (!described) {
                out.append(phrase, copied, m.start()).append(' ');
            } else {
                // The description is what the acronym names: "the UN children's agency (UNICEF)" is "the UNICEF".
                int from = before.length();
                while (from > copied) {
                    int sp = before.lastIndexOf(' ', from - 1);
                    String word = before.substring(sp + 1, from);
                    if (linkWord(word) || word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an") || word.endsWith(",")) {
                        break;
                    }
                    from = Math.max(sp, copied);
                }
                out.append(phrase, copied, from).append(from > copied ? " " : "").append(m.group(1));
            }
            copied = m.end();
        }
        out.append(phrase, copied, phrase.length());
        return out.toString();
    }

    /** "Daesh-linked", "Britain-based", "US-backed", "state-run": who a body is tied to, not its name. */
    static final java.util.regex.Pattern AFFILIATION = java.util.regex.Pattern.compile(
            "(?i)[\\p{L}.]+-(?:\\p{L}+ed|run|held|led|owned)");

    /**
     * The phrase without the affiliation modifiers before a name ("the Daesh-linked Aamaq news agency" is the
     * Aamaq news agency); "US-backed rebels" and "in rebel-held eastern Aleppo" keep theirs.
     */
    static String withoutAffiliations(String phrase) {
        String[] words = SPACES.split(phrase.trim());
        StringBuilder out = new StringBuilder();
        boolean named = false;
        boolean dropped = false;
        for (int i = 0; i < words.length; i++) {
            if (AFFILIATION.matcher(words[i]).matches() && i + 1 < words.length && !words[i + 1].isEmpty()
                    && (Character.isUpperCase(words[i + 1].charAt(0)) || NAME_PARTICLE.matcher(words[i + 1]).lookingAt())) {
                dropped = true;
                continue;
            }
            if (i > 0 && !words[i].isEmpty() && (Character.isUpperCase(words[i].charAt(0)) || NAME_PARTICLE.matcher(words[i]).lookingAt())) {
                named = true;
            }
            out.append(out.isEmpty() ? "" : " ").append(words[i]);
        }
        return dropped && named && !out.isEmpty() ? out.toString() : phrase;
    }

    private SpeakerPhraseCleaning() {
    }

    /** "a military source on Tuesday", "a federal judge on Monday": the day closing a phrase says when, not who. */
    static String[] withoutTrailingTime(String[] words) {
        int n = words.length;
        while (n > 1 && ColonCues.DATES.contains(SpeakerParser.norm(words[n - 1]))) {
            n--;
            while (n > 1 && SpeakerWords.TIME_WORDS.contains(SpeakerParser.norm(words[n - 1]))) {
                n--;
            }
        }
        return n == words.length ? words : java.util.Arrays.copyOf(words, n);
    }
}
