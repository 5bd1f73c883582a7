package org.echotrace.extract.claim;

import java.util.Set;

/**
 * Where a source phrase (the noun phrase naming who speaks) begins and ends around a cue, from
 * tokens and UPOS tags: "Russian Defense Ministry spokesman Major-General Igor Konashenkov",
 * "Major General Yury Popov, deputy chief of the Russian Center for Reconciliation in Syria", "he".
 */
final class SourcePhrases {
    private static final Set<String> NOUNISH = Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM");
    /** Words skipped between a subject and its cue: "has also said", "later told". */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "was", "were", "is", "are", "will",
            "would", "also", "later", "further", "earlier", "previously", "then", "again", "repeatedly",
            "reportedly", "recently", "already", "once", "publicly", "separately", "specifically",
            "explicitly", "directly", "clearly", "not", "never", "first", "finally", "even", "just", "still",
            "did", "does", "do", "could", "can", "may", "might", "should", "must", "been", "being", "himself",
            "herself", "itself", "themselves", "then-", "allegedly", "apparently", "frequently", "often",
            "usually", "quickly", "flatly", "angrily", "bluntly", "openly", "privately", "simply", "only",
            "personally", "officially");
    private static final Set<String> INNER_LINKS = Set.of("of", "for", "from", "in", "at", "on", "'s", "’s", "-", "–", "and",
            "&", "de", "al", "el", "bin", "ibn", "von", "van", ".");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    /** What a participle's noun must be for {@link #subjectLeftOf} to grow a phrase to it. */
    private static final Set<String> NOUN_HEADS = Set.of("NOUN", "PROPN");

    /** A phrase as token indexes {@code [from, to)}. */
    record Phrase(int from, int to) {
        boolean isEmpty() {
            return to <= from;
        }
    }

    private SourcePhrases() {
    }

    /** The first token before the cue that is not an auxiliary or adverb. */
    static int skipBetween(Words w, int cue) {
        int j = cue - 1;
        while (j >= 0 && (BETWEEN.contains(w.lower[j]) || w.pos[j].equals("ADV") && !w.isPunct(j))) {
            j--;
        }
        return j;
    }

    /**
     * The subject phrase ending at token {@code last} (inclusive), read leftwards; an apposition
     * "Name, role of Org," is taken whole when {@code last} closes it with a comma.
     */
    static Phrase leftOf(Words w, int last) {
        if (last < 0) {
            return new Phrase(0, 0);
        }
        if (PRONOUNS.contains(w.lower[last]) && w.pos[last].equals("PRON") || w.is(last, "who") || w.is(last, "which")) {
            return new Phrase(last, last + 1);
        }
        if (w.is(last, ",")) {
            // An apposition closed by a comma: "Popov, deputy chief of the Center, announced" or
            // "The state's campaign chairman, Phil Lovas, said". Both halves are taken.
            int inner = nounPhraseStart(w, last - 1);
            if (inner <= last - 1 && inner >= 2 && w.is(inner - 1, ",")) {
                int outer = nounPhraseStart(w, inner - 2);
                boolean oneNamed = w.pos[inner - 2].equals("PROPN") || w.pos[last - 1].equals("PROPN");
                if (outer <= inner - 2 && oneNamed) {
                    return new Phrase(outer, last);
                }
            }
            return new Phrase(last, last);
        }
        int from = nounPhraseStart(w, last);
        return new Phrase(from, last + 1);
    }

    /**
     * As {@link #leftOf}, for the span of a source: a phrase that is the object of a participle's
     * preposition ("Video footage posted <em>to social media on May 16</em> showed") is grown to the
     * noun the participle modifies, which is who or what speaks. Only where spans are cut, never in
     * the models' features, so the trained models read what they were trained on.
     */
    static Phrase subjectLeftOf(Words w, int last) {
        Phrase p = leftOf(w, last);
        int adp = p.from() - 1;
        int participle = p.from() - 2;
        // The tagger reads such a participle as a verb or an adjective ("posted/ADJ to social media").
        if (p.isEmpty() || participle < 1 || !w.pos[adp].equals("ADP")
                || !(w.pos[participle].equals("VERB") || w.pos[participle].equals("ADJ"))
                || !w.lower[participle].endsWith("ed") || !NOUN_HEADS.contains(w.pos[participle - 1])) {
            return p;
        }
        Phrase head = leftOf(w, participle - 1);
        return head.isEmpty() || head.to() != participle ? p : new Phrase(head.from(), p.to());
    }

    /** The source phrase right after a cue: "said the major general", "said Konashenkov, adding". */
    static Phrase rightOf(Words w, int first) {
        int i = first;
        int end = i;
        while (i < w.size() && isNounish(w, i, true)) {
            i++;
            if (!INNER_LINKS.contains(w.lower[i - 1])) {
                end = i;
            }
        }
        return new Phrase(first, end);
    }

    private static int nounPhraseStart(Words w, int last) {
        int i = last;
        while (i >= 0) {
            if (w.is(i, ")")) {
                // A parenthesis inside a name: "Gov. Mike Pence (R-IN)".
                int open = i;
                while (open >= 0 && !w.is(open, "(") && i - open < 8) {
                    open--;
                }
                if (open > 0 && w.is(open, "(") && isNounish(w, open - 1, false)) {
                    i = open - 1;
                    continue;
                }
                break;
            }
            if (!isNounish(w, i, false)) {
                break;
            }
            i--;
        }
        int from = i + 1;
        // A phrase never starts with a link word ("of the ministry").
        while (from <= last && INNER_LINKS.contains(w.lower[from])) {
            from++;
        }
        return from;
    }

    private static boolean isNounish(Words w, int i, boolean rightwards) {
        String p = w.pos[i];
        if (p.equals("PUNCT") && w.text(i).length() > 1 && w.text(i).chars().anyMatch(Character::isLetter)) {
            // The tokenizer's "-General" of "Major-General".
            return true;
        }
        if (NOUNISH.contains(p)) {
            return !(p.equals("NUM") && !rightwards && i > 0 && w.is(i - 1, "on"));
        }
        if (p.equals("PART") && (w.lower[i].equals("'s") || w.lower[i].equals("’s"))) {
            return true;
        }
        if (INNER_LINKS.contains(w.lower[i])) {
            // A link word only inside a name: both neighbours nounish.
            return i > 0 && i + 1 < w.size() && NOUNISH.contains(w.pos[i - 1]) && NOUNISH.contains(w.pos[i + 1]);
        }
        return false;
    }
}
