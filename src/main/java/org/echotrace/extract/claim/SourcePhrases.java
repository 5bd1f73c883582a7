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
    static final Set<String> INNER_LINKS = Set.of("of", "for", "from", "in", "at", "on", "'s", "’s", "-", "–", "and",
            "&", "de", "al", "el", "bin", "ibn", "von", "van", ".");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday");
    private static final Set<String> DATE_LEADS = Set.of("on", "last", "this", "late", "early");
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

    /**
     * The subject of the verb that {@code and} coordinates the cue with: "Rubio thanked Miami and
     * said ...", "Fields later tweeted a photograph and said ...", "Sanders, who endorsed Canova and
     * said ..." (the relative pronoun, which resolves to its noun). Empty when no verb of the same
     * clause stands before it.
     */
    static Phrase coordinatedSubject(Words w, int and) {
        for (int k = and - 1; k >= 0 && and - k <= MAX_ASIDE; k--) {
            if (w.is(k, ";") || w.is(k, ":") || w.isQuoteMark(k) || w.is(k, "and") || w.is(k, "but")) {
                break;
            }
            boolean modifier = k > 0 && (w.pos[k - 1].equals("DET") || w.pos[k - 1].equals("ADJ")); // "the renewed wave"
            if (w.pos[k].equals("VERB") && !w.lower[k].endsWith("ing") && !modifier) {
                // A verb with no subject before it is a modifier ("her bruised forearm"): read on leftwards.
                Phrase p = subjectLeftOf(w, skipBetween(w, k));
                int lead = p.from() - 1;
                while (lead > 0 && (w.pos[lead].equals("DET") || POSSESSIVES.contains(w.lower[lead]))) {
                    lead--;
                }
                if (!p.isEmpty() && lead >= 0 && (w.is(lead, "that") || w.is(lead, "if"))) {
                    k = lead + 1; // "denied reports that its jets have hit ... and said": the verb before the clause
                    continue;
                }
                if (!p.isEmpty() && !onlyDeterminers(w, p) && NOUNISH_END.contains(w.pos[p.to() - 1])) {
                    return p;
                }
            }
        }
        return new Phrase(0, 0);
    }

    /** A pronoun and its auxiliary as one token, as the tokenizer leaves them ("He’s", "they're", "I'm"). */
    static boolean contractedPronoun(Words w, int i) {
        return contractedPronounLength(w.lower[i]) > 0;
    }

    /** The length of the pronoun in a word that glues it to its auxiliary ("He’s": 2), or -1. */
    static int contractedPronounLength(String word) {
        String t = word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        int q = t.indexOf('\'');
        return q > 0 && PRONOUNS.contains(t.substring(0, q)) && CONTRACTIONS.contains(t.substring(q + 1)) ? q : -1;
    }

    private static final Set<String> CONTRACTIONS = Set.of("s", "re", "ve", "ll", "d", "m");

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "week", "weeks", "weekend", "month",
            "months", "year", "years", "day", "days", "morning", "afternoon", "evening", "night", "time", "times",
            "hour", "hours", "minutes", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "first", "last", "this", "next", "a", "an", "the", "few",
            "couple", "of", "long", "earlier", "later", "recently", "past", "several", "two", "three", "ago");

    /** Time words that name no time alone ("the", "last", "a few"). */
    private static final Set<String> TIME_LINKS = Set.of("a", "an", "the", "of", "this", "next", "last", "first", "few", "several");

    /** A phrase of time words and numbers only ("Tuesday", "this week", "a few days"). */
    static boolean isTime(Words w, Phrase p) {
        if (p.isEmpty()) {
            return false;
        }
        boolean day = false;
        for (int i = p.from(); i < p.to(); i++) {
            String t = w.lower[i];
            if (!TIME_WORDS.contains(t) && !w.pos[i].equals("NUM")) {
                return false;
            }
            day |= !TIME_LINKS.contains(t);
        }
        return day;
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
        return leftOf(w, last, false);
    }

    private static Phrase leftOf(Words w, int last, boolean span) {
        if (last < 0) {
            return new Phrase(0, 0);
        }
        if (PRONOUNS.contains(w.lower[last]) && w.pos[last].equals("PRON") || w.is(last, "who") || w.is(last, "which")
                || span && contractedPronoun(w, last)) {
            return new Phrase(last, last + 1);
        }
        if (w.is(last, ",")) {
            // An apposition closed by a comma: "Popov, deputy chief of the Center, announced" or
            // "The state's campaign chairman, Phil Lovas, said". Both halves are taken.
            int inner = nounPhraseStart(w, last - 1, span);
            if (inner <= last - 1 && inner >= 2 && w.is(inner - 1, ",")) {
                int outer = nounPhraseStart(w, inner - 2, span);
                boolean oneNamed = w.pos[inner - 2].equals("PROPN") || w.pos[last - 1].equals("PROPN");
                if (outer <= inner - 2 && oneNamed) {
                    return new Phrase(outer, last);
                }
            }
            return new Phrase(last, last);
        }
        int from = nounPhraseStart(w, last, span);
        return new Phrase(from, last + 1);
    }

    /**
     * As {@link #leftOf}, for the span of a source: a phrase that is the object of a participle's
     * preposition ("Video footage posted <em>to social media on May 16</em> showed") is grown to the
     * noun the participle modifies, which is who or what speaks. Only where spans are cut, never in
     * the models' features, so the trained models read what they were trained on.
     */
    static Phrase subjectLeftOf(Words w, int last) {
        Phrase p = leftOf(w, last, true);
        if (isTime(w, p) && p.from() > 0) {
            // "Scott on Monday announced", "Beck last week said": the time is no subject; who stands before it is.
            int k = p.from() - 1;
            if (w.pos[k].equals("ADP")) {
                k--;
            }
            int end = skipBetween(w, k + 1);
            // "Beck, who supported Cruz in the primaries, last week said": the subject's aside ends at the comma.
            Phrase before = end < 0 ? p : w.is(end, ",") && end < p.from() ? subjectLeftOf(w, end) : leftOf(w, end, true);
            p = before.isEmpty() || isTime(w, before) ? p : before;
        }
        if (p.isEmpty() && w.is(last, ",")) {
            // "Trump, speaking to a veterans group, said", "Clinton, who spoke in Ohio, said": the
            // subject stands before the comma that opens the aside.
            int open = asideOpening(w, last);
            Phrase q = open > 0 ? leftOf(w, open - 1, true) : p;
            if (!q.isEmpty() && q.to() == open && !onlyDeterminers(w, q)) {
                return q;
            }
            // A long apposition after a name: "Michael McFaul, a senior fellow at Stanford and a former
            // ambassador to Russia, said": taken whole, as a short one is.
            open = appositionOpening(w, last);
            q = open > 0 ? leftOf(w, open - 1, true) : p;
            if (!q.isEmpty() && q.to() == open && w.pos[open - 1].equals("PROPN")) {
                return new Phrase(q.from(), last);
            }
            // A name opening the sentence, then a description with an age, participles or a relative
            // clause: "Roxana Leon, 63, an independent voter raised in Chile, said".
            Phrase opening = openingNameAside(w, last);
            if (!opening.isEmpty()) {
                return opening;
            }
        }
        if (onlyDeterminers(w, p)) {
            return new Phrase(p.to(), p.to()); // "states the following:": "the" is nobody
        }
        int adp = p.from() - 1;
        int participle = p.from() - 2;
        // The tagger reads such a participle as a verb or an adjective ("posted/ADJ to social media").
        if (p.isEmpty() || participle < 1 || !w.pos[adp].equals("ADP")
                || !(w.pos[participle].equals("VERB") || w.pos[participle].equals("ADJ"))
                || !w.lower[participle].endsWith("ed") || !NOUN_HEADS.contains(w.pos[participle - 1])) {
            return p;
        }
        Phrase head = leftOf(w, participle - 1, true);
        return head.isEmpty() || head.to() != participle ? p : new Phrase(head.from(), p.to());
    }

    private static final Set<String> ASIDE_OPENERS = Set.of("who", "which", "whose", "whom", "in", "at", "on",
            "during", "after", "before", "while", "when", "speaking", "writing", "asked", "appearing", "addressing");
    /** What a subject phrase ends in. */
    private static final Set<String> NOUNISH_END = Set.of("NOUN", "PROPN", "PRON", "NUM");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> FINITE = Set.of("is", "was", "are", "were", "has", "have", "had", "will", "would",
            "can", "could", "do", "does", "did", "may", "might", "must", "should", "shall");

    /** A full stop that ends a sentence, not an abbreviation's ("Mrs.", "Gen.", "N."). */
    private static boolean fullStop(Words w, int k) {
        return w.is(k, ".") && !(k > 0 && w.capitalised(k - 1) && w.text(k - 1).length() <= 4 && w.end(k - 1) == w.start(k));
    }

    /** The longest aside between a subject and its cue, in tokens. */
    private static final int MAX_ASIDE = 25;

    /**
     * The comma opening an aside that {@code close} (a comma) ends, when the aside opens with a
     * relative pronoun, a participle or a preposition of time or place; else -1. An aside holding
     * another clause's punctuation (a semicolon, a colon, a quotation, a full stop) is none.
     */
    private static int asideOpening(Words w, int close) {
        for (int k = close - 1; k > 0 && close - k <= MAX_ASIDE; k--) {
            if (w.is(k, ";") || w.is(k, ":") || fullStop(w, k) || w.isQuoteMark(k)) {
                return -1;
            }
            if (w.is(k, ",")) {
                String first = w.lower[k + 1];
                boolean participle = (w.pos[k + 1].equals("VERB") || w.pos[k + 1].equals("ADJ"))
                        && (first.endsWith("ing") || first.endsWith("ed"));
                return k + 1 < close && (ASIDE_OPENERS.contains(first) || participle) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The comma opening an apposition that {@code close} ends: the phrase between opens with a
     * determiner or a possessive and holds no verb and no clause punctuation; else -1.
     */
    private static int appositionOpening(Words w, int close) {
        for (int k = close - 1; k > 0 && close - k <= MAX_ASIDE; k--) {
            if (w.pos[k].equals("VERB") || w.pos[k].equals("AUX") || w.is(k, ";") || w.is(k, ":") || fullStop(w, k)
                    || w.isQuoteMark(k) || w.pos[k].equals("PRON") && !w.lower[k].equals("its")) {
                return -1;
            }
            if (w.is(k, ",")) {
                return k + 1 < close && w.pos[k + 1].equals("DET") ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The sentence's opening name and everything up to the comma {@code close}, when what lies between
     * the name's comma and {@code close} reads as a description: no clause punctuation or quotation,
     * and every verb a participle or inside a relative clause. Else empty.
     */
    private static Phrase openingNameAside(Words w, int close) {
        int start = 0;
        while (start < close && (w.pos[start].equals("CCONJ") || w.isQuoteMark(start))) {
            start++;
        }
        // '“...,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said': the
        // name opens what follows the quotation.
        for (int k = close - 1; k > start; k--) {
            if (w.isQuoteMark(k)) {
                start = w.is(k + 1, ",") ? k + 2 : k + 1;
                break;
            }
        }
        int comma = -1;
        for (int k = start + 1; k < close; k++) {
            if (w.is(k, ",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || close - comma > 2 * MAX_ASIDE || !(w.pos[comma - 1].equals("PROPN")
                || w.pos[comma - 1].equals("NOUN") && w.capitalised(comma - 1))) {
            return new Phrase(0, 0);
        }
        Phrase name = leftOf(w, comma - 1, true);
        if (name.isEmpty() || name.from() != start || name.to() != comma) {
            return new Phrase(0, 0);
        }
        boolean relative = false;
        for (int k = comma + 1; k < close; k++) {
            String t = w.lower[k];
            if (w.is(k, ";") || w.is(k, ":") || fullStop(w, k) || w.isQuoteMark(k)) {
                return new Phrase(0, 0);
            }
            relative |= t.equals("who") || t.equals("which") || t.equals("whose") || t.equals("that");
            // A finite verb outside a relative clause ends the description: "Clinton, Trump said, is".
            // The tagger's verbs inside a noun phrase ("an Indiana GOP consultant/VERB") are none.
            boolean finite = FINITE.contains(t) || w.pos[k].equals("VERB") && (CueLexicon.isReportingVerb(t)
                    && !t.endsWith("ing") || t.endsWith("s") && !t.endsWith("ss"));
            if (finite && !relative) {
                return new Phrase(0, 0);
            }
        }
        return new Phrase(start, close);
    }

    /** The source phrase right after a cue: "said the major general", "said Konashenkov, adding". */
    static Phrase rightOf(Words w, int first) {
        return rightOf(w, first, false);
    }

    /**
     * As {@link #rightOf}, for the span of a source: modifiers the tagger reads as verbs or adverbs
     * stay inside the phrase ("according to the widely discredited official story", "the so called
     * Syrian Observatory", "a correspondent in rebel-held eastern Aleppo"), and determiners alone
     * are no source ("according to the"). Only where spans are cut, never in the models' features.
     */
    static Phrase sourceRightOf(Words w, int first) {
        Phrase p = rightOf(w, first, true);
        if (p.isEmpty() && first + 1 < w.size() && (POSSESSIVES.contains(w.lower[first]) || !w.capitalised(first)
                && !FINITE.contains(w.lower[first]) && (w.pos[first].equals("VERB") || w.pos[first].equals("PRON"))
                && !PRONOUNS.contains(w.lower[first]))) {
            // "according to his Facebook profile", "according to exit/VERB polls": a possessive, or a
            // modifier the tagger took for a verb or pronoun, opens the phrase.
            Phrase rest = rightOf(w, first + 1, true);
            boolean noun = !rest.isEmpty() && (w.pos[first + 1].equals("NOUN") || w.pos[first + 1].equals("PROPN")
                    || w.pos[first + 1].equals("ADJ"));
            p = noun ? new Phrase(first, rest.to()) : p;
        }
        return onlyDeterminers(w, p) ? new Phrase(first, first) : p;
    }

    /** Whether the phrase is articles alone: "the" of "according to the widely ..." where the rest was lost. */
    private static boolean onlyDeterminers(Words w, Phrase p) {
        for (int k = p.from(); k < p.to(); k++) {
            if (!w.is(k, "the") && !w.is(k, "a") && !w.is(k, "an")) {
                return false; // "Some said", "Others say": those speak
            }
        }
        return !p.isEmpty();
    }

    private static Phrase rightOf(Words w, int first, boolean span) {
        int i = first;
        int end = i;
        while (i < w.size() && isNounish(w, i, true, span)) {
            if (span && i > first && LostCommas.articleAfterNoun(w, i)) {
                break; // "according to the observatory the strike hit ...": the content opens, its comma lost
            }
            i++;
            if (!INNER_LINKS.contains(w.lower[i - 1]) && !w.pos[i - 1].equals("ADV")) {
                end = i;
            }
        }
        return new Phrase(first, end);
    }

    private static int nounPhraseStart(Words w, int last, boolean span) {
        int i = last;
        while (i >= 0) {
            if (w.is(i, ")")) {
                // A parenthesis inside a name: "Gov. Mike Pence (R-IN)".
                int open = i;
                while (open >= 0 && !w.is(open, "(") && i - open < 8) {
                    open--;
                }
                if (open > 0 && w.is(open, "(") && isNounish(w, open - 1, false, span)) {
                    i = open - 1;
                    continue;
                }
                break;
            }
            if (!isNounish(w, i, false, span)) {
                break;
            }
            if (span && i < last && i > 0 && WEEKDAYS.contains(w.lower[i]) && DATE_LEADS.contains(w.lower[i - 1])) {
                break; // "a school in the west of Aleppo city on Thursday Syrian state media said": the day ends the place
            }
            if (span && i > 0 && (i < last && LostCommas.determinerOpens(w, i) || LostCommas.agencyOpens(w, i))) {
                // "carried out the strike the spokesman for the coalition said", "strikes on eastern Aleppo
                // the monitor said", "in northeast Damascus SANA said": a new phrase, its comma lost.
                i--;
                break;
            }
            i--;
        }
        int from = i + 1;
        // A phrase never starts with a link word ("of the ministry") or a modifier's adverb.
        while (from <= last && (INNER_LINKS.contains(w.lower[from]) || w.pos[from].equals("ADV"))) {
            from++;
        }
        return from;
    }

    private static boolean isNounish(Words w, int i, boolean rightwards, boolean span) {
        String p = w.pos[i];
        if (span && isModifier(w, i)) {
            return true;
        }
        if (p.equals("PUNCT") && w.text(i).length() > 1 && w.text(i).chars().anyMatch(Character::isLetter)) {
            // The tokenizer's "-General" of "Major-General".
            return true;
        }
        if (NOUNISH.contains(p)) {
            return !(p.equals("NUM") && !rightwards && i > 0 && w.is(i - 1, "on"));
        }
        if (span && w.is(i, "/") && i > 0 && i + 1 < w.size() && w.end(i - 1) == w.start(i) && w.end(i) == w.start(i + 1)
                && NOUNISH.contains(w.pos[i - 1]) && NOUNISH.contains(w.pos[i + 1])) {
            return true; // "an NBC News/Wall Street Journal poll", "CNN/ORC"
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

    /**
     * A modifier inside a noun phrase that the tagger reads as a verb or an adverb: a hyphenated
     * adjective ("rebel-held", "US-backed", "so-called"), a participle between a determiner or an
     * adverb and a noun ("the widely discredited story"), or the adverb before such a modifier
     * ("widely", "so"): each only where a noun or adjective follows it.
     */
    private static boolean isModifier(Words w, int i) {
        if (i + 1 >= w.size()) {
            return false;
        }
        if (w.is(i, "-")) {
            // The hyphen of "rebel-held", "so-called", written without spaces.
            return i > 0 && w.end(i - 1) == w.start(i) && w.end(i) == w.start(i + 1) && !w.isPunct(i - 1)
                    && (isModifier(w, i + 1) || NOUNISH.contains(w.pos[i + 1]));
        }
        if (w.isPunct(i)) {
            return false;
        }
        String t = w.lower[i];
        boolean hyphenated = w.gluedByHyphen(i);
        boolean participle = w.pos[i].equals("VERB") && t.endsWith("ed") && i > 0
                && (w.pos[i - 1].equals("DET") || w.pos[i - 1].equals("ADV"));
        boolean adverb = w.pos[i].equals("ADV") && i > 0 && w.pos[i - 1].equals("DET") && !w.capitalised(i)
                && (isModifier(w, i + 1) || w.pos[i + 1].equals("ADJ"));
        if (adverb) {
            return true;
        }
        String next = w.pos[i + 1];
        boolean nounNext = next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ")
                || i + 2 < w.size() && isModifier(w, i + 1);
        return (hyphenated && !NOUNISH.contains(w.pos[i]) || participle) && nounNext;
    }
}
