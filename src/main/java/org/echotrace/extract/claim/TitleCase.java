package org.echotrace.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A title in Title Case ("Lavrov Says Washington Shelters Militants"), read by the part-of-speech
 * tagger in sentence case: the tagger, trained on running text, takes every capitalised word for a
 * name, so "Says" is no verb and the title names no speaker. Only the words that cannot be names
 * are lowered: function words and reporting verbs ({@link CueLexicon}; of those that are nouns as
 * often, only the "-s" form); a name, the first word, a clause's first word and an acronym keep
 * their capitals.
 *
 * <p>Design decision: the tokens keep their own text; only what the tagger reads changes, so spans,
 * the speaker's name and the claim's text are the title's as written.
 */
final class TitleCase {
    /** Words a Title Case headline capitalises that name nobody ("may", "will" and "can" may: Theresa May). */
    private static final Set<String> FUNCTION = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "do", "does", "did", "would", "could", "should", "might", "must", "not", "to", "of", "in",
            "on", "at", "for", "from", "by", "with", "as", "about", "against", "into", "over", "after", "before",
            "under", "between", "than", "that", "this", "these", "those", "the", "a", "an", "and", "or", "but", "if",
            "so", "its", "their", "his", "her", "our", "your", "my", "it", "he", "she", "they", "we", "you", "who",
            "which", "what", "why", "how", "when", "where", "there", "here", "up", "out", "off", "down", "just",
            "still", "also", "even", "only", "all", "some", "any", "more", "most", "again", "amid", "despite", "via");
    /** Words Title Case leaves in lower case, left out of the count. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "but", "or", "for", "nor", "of", "in",
            "on", "at", "to", "by", "as", "up", "via", "from", "with", "vs");

    /** Marks after which a title's word opens a clause of its own and keeps its capital ("Lavrov: West Is ..."). */
    private static final Set<String> OPENERS = Set.of(":", "\"", "'", "“", "‘", "—", "–", "-", "(", "|");

    /**
     * Reporting verbs whose base form is a noun as often ("IG Report Rips ...", "Pushes Claim About ...",
     * "Cracks Joke"): lowered only in their "-s" form ("Russian General Claims").
     */
    private static final Set<String> NOUNS_TOO = Set.of("call", "charge", "point", "show", "joke", "echo", "counter",
            "question", "welcome", "brand", "label", "plan", "hope", "fear", "estimate", "stress", "note", "comment",
            "remark", "report", "claim", "go", "want", "find", "blast", "demand", "pledge", "promise", "vow", "quip",
            "boast", "praise", "blame", "slam", "cite", "chant");

    private TitleCase() {
    }

    /** A reporting verb the tagger may read as a verb once lowered ("Says", "Warns", "Claims"; not "Report"). */
    private static boolean verbOnly(String lower) {
        return CueLexicon.isReportingVerb(lower) && !NOUNS_TOO.contains(lower);
    }

    /** Whether three or more of a title's words after the first are capitalised, and at least four in five of them. */
    static boolean is(List<String> words) {
        int counted = 0;
        int capitalised = 0;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (!Character.isLetter(w.charAt(0)) || MINOR.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return counted >= 3 && capitalised * 5 >= counted * 4;
    }

    /** The words as the tagger should read them: in sentence case where the title is in Title Case. */
    static List<String> forTagging(List<String> words) {
        if (!is(words)) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
            boolean opensClause = i == 0 || OPENERS.contains(words.get(i - 1));
            out.add(capitalised && !opensClause && (FUNCTION.contains(lower) || verbOnly(lower)) ? lower : w);
        }
        return out;
    }
}
