package org.echotrace.extract.claim;

import java.util.Set;

/**
 * Inverted reports whose comma was lost, as scraped wire copy prints them: "... killed 17 people
 * including five children said the Observatory." The phrase after the verb of saying is the source,
 * the clause before it the content. Read by the rules ({@link AttributionFinder}) and for the learned
 * model's cues ({@link LearnedAttributions}) alike.
 */
final class InvertedReports {
    private InvertedReports() {
    }

    /** Words that stand for what was said, never for a speaker: "said the same", "said so". */
    private static final Set<String> PRO_FORMS = Set.of("same", "so", "nothing", "otherwise", "this", "that", "it",
            "yes", "no", "something", "everything", "anything", "much", "little", "more", "less");

    /** Verbs of saying that close an inverted report ("... said the Observatory."). */
    private static final Set<String> INVERTING = Set.of("said", "says", "added"); // not "reported the shelling"

    /**
     * The source of an inverted report whose comma was lost: "... including five children said the
     * Observatory.", "... killed at least 10 civilians said the Syrian Observatory for Human Rights a
     * British-based monitoring group.": after a verb of saying, a phrase that names who speaks (a name,
     * an acronym or a speaker's noun) runs, with no verb, to the sentence's end, and a clause with a
     * verb stands before the cue. Else empty: "the Kremlin said Putin did not agree", "a monitor said
     * Thursday".
     */
    static SourcePhrases.Phrase source(Words w, int from, int to) {
        SourcePhrases.Phrase none = new SourcePhrases.Phrase(0, 0);
        if (to - from != 1 || !INVERTING.contains(w.lower[from]) || to >= w.size()) {
            return none;
        }
        int end = w.size();
        while (end > to && w.isPunct(end - 1) && !w.isQuoteMark(end - 1)) {
            end--;
        }
        if (end <= to || w.pos[to].equals("ADP") || w.lower[to].endsWith("ing") || PRO_FORMS.contains(w.lower[to])
                || SourcePhrases.isTime(w, new SourcePhrases.Phrase(to, to + 1))
                || SourcePhrases.isTime(w, new SourcePhrases.Phrase(to, Math.min(end, to + 2)))
                || to + 1 < end && w.is(to, "the") && PRO_FORMS.contains(w.lower[to + 1])) {
            // "said on Saturday", "said citing local residents", "said Sunday in a new toll", "said this
            // month on CNBC", "said the same of Trump"
            return none;
        }
        boolean speaker = false;
        for (int k = to; k < end; k++) {
            boolean modifier = w.gluedByHyphen(k) || k + 1 < end && w.pos[k + 1].equals("NOUN")
                    && (w.lower[k].endsWith("ing") || w.lower[k].endsWith("ed")); // "a war monitoring group"
            if ((w.pos[k].equals("VERB") || w.pos[k].equals("AUX")) && !modifier || w.isQuoteMark(k)
                    || w.is(k, "that") || w.pos[k].equals("PRON")) {
                return none;
            }
            boolean time = SourcePhrases.isTime(w, new SourcePhrases.Phrase(k, k + 1));
            speaker |= !time && (w.pos[k].equals("PROPN") || CueSources.speakerWord(w.lower[k]) || w.acronym(k));
        }
        SourcePhrases.Phrase p = SourcePhrases.sourceRightOf(w, to);
        // The phrase runs to the end, or to an apposition ("the Observatory a British-based monitoring group").
        boolean whole = !p.isEmpty() && (p.to() >= end || w.pos[p.to()].equals("DET"));
        if (!speaker || !whole || SourcePhrases.isTime(w, p)) {
            return none;
        }
        boolean clause = false;
        for (int k = 0; k < from - 1 && !clause; k++) {
            clause = w.pos[k].equals("VERB") || w.pos[k].equals("AUX");
        }
        // With its comma or quotation mark before the cue ('"...," said Newt Gingrich, the former speaker')
        // the report is read as it always was; and a subject that opens its clause speaks ("Asked who
        // leads the party, he said Ryan.").
        if (!clause || w.isPunct(from - 1) || w.isQuoteMark(from - 1) || SourcePhrases.PRONOUNS.contains(w.lower[from - 1])) {
            return none;
        }
        SourcePhrases.Phrase subject = SourcePhrases.subjectLeftOf(w, from - 1);
        // After a closing quotation mark a phrase describes the quotation's last words ('"... at Jeb
        // el-Kussa" a village south of Jarabulus said Rami Abdel Rahman'): no subject.
        // A name there speaks as ever ('"...," Trump said this month on CNBC.').
        boolean opensClause = !subject.isEmpty() && (subject.from() == 0
                || w.isPunct(subject.from() - 1) && (!w.isQuoteMark(subject.from() - 1) || w.pos[subject.from()].equals("PROPN")));
        if (opensClause || CueSources.share(w, subject)) {
            return none; // "while 73 percent said the same of Trump": a share of people speaks
        }
        return p;
    }
}
