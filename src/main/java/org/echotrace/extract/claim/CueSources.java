package org.echotrace.extract.claim;

import java.util.Set;

/**
 * The source of a cue the learned model tagged, from the side its source decision chose, mended
 * where English grammar says more than the side: a passive cue's agent after "by" ("has been endorsed
 * by dozens of papers"), a second verb's subject across "and" ("Rubio thanked Miami and said"), a
 * participle's subject in the main clause ("Trump spoke in Ohio, promising ...", "the council approved
 * a resolution condemning ...": the council, not the resolution), and no time phrase as a source
 * ("..., Ruth Marcus wrote Tuesday": not "Tuesday"), and none for a passive with no agent ("The House is
 * expected to pass ...").
 */
final class CueSources {
    /** The source side ({@link AttributionModel#NONE}, {@code SOURCE_LEFT} or {@code SOURCE_RIGHT}) and phrase chosen. */
    record Choice(int side, SourcePhrases.Phrase phrase) {
    }

    /** What a body issues in its own voice, beside the speaking nouns ("approved a resolution condemning"). */
    private static final Set<String> ISSUED = Set.of("resolution", "bill", "motion", "petition", "ad", "advert",
            "advertisement", "commercial", "notice", "order", "decree", "directive", "appeal", "warning", "note");

    private CueSources() {
    }

    static Choice choose(Words w, int from, int to, int modelSide) {
        int side = modelSide == AttributionModel.SOURCE_LEFT && passive(w, from, to) ? AttributionModel.NONE : modelSide;
        SourcePhrases.Phrase source = phrase(w, from, to, side);
        if (SourcePhrases.isTime(w, source)) {
            side = side == AttributionModel.SOURCE_RIGHT ? AttributionModel.SOURCE_LEFT : AttributionModel.NONE;
            source = phrase(w, from, to, side);
            if (SourcePhrases.isTime(w, source)) {
                side = AttributionModel.NONE;
                source = new SourcePhrases.Phrase(0, 0);
            }
        }
        if (source.isEmpty() && (w.is(to - 1, "by") || w.is(to, "by") && w.pos[to - 1].equals("VERB"))) {
            SourcePhrases.Phrase agent = SourcePhrases.sourceRightOf(w, w.is(to - 1, "by") ? to : to + 1);
            if (!agent.isEmpty()) {
                return new Choice(AttributionModel.SOURCE_RIGHT, agent);
            }
        }
        int before = SourcePhrases.skipBetween(w, from);
        if (side == AttributionModel.SOURCE_RIGHT || before <= 0) {
            return new Choice(side, source);
        }
        if (source.isEmpty() && w.is(before, "and")) {
            SourcePhrases.Phrase subject = SourcePhrases.coordinatedSubject(w, before);
            if (!subject.isEmpty()) {
                return new Choice(AttributionModel.SOURCE_LEFT, subject);
            }
        }
        SourcePhrases.Phrase subject = participleSubject(w, from, before, source);
        return subject.isEmpty() ? new Choice(side, source) : new Choice(AttributionModel.SOURCE_LEFT, subject);
    }

    /**
     * The main clause's subject for a participle cue at {@code cue} after a comma ({@code before},
     * the token before it past adverbs, with no phrase found) or after its main verb's object
     * ({@code found}, right before it: "issued a statement saying"); else empty.
     */
    static SourcePhrases.Phrase participleSubject(Words w, int cue, int before, SourcePhrases.Phrase found) {
        SourcePhrases.Phrase none = new SourcePhrases.Phrase(0, 0);
        if (before <= 0 || !w.lower[cue].endsWith("ing") || !w.pos[cue].equals("VERB")) {
            return none;
        }
        boolean afterComma = found.isEmpty() && (w.is(before, ",") || LINKS.contains(w.lower[before]));
        // Only an object that is itself a statement or a document ("a statement", "a resolution"):
        // in "uses footage of Clinton asking" the person asks.
        String head = found.isEmpty() ? "" : w.lower[found.to() - 1];
        boolean issued = CueLexicon.SPEAKING_NOUNS.contains(head) || ISSUED.contains(head)
                || CueClasses.of(head).stream().anyMatch(c -> c.equals("speech-noun") || c.equals("doc-noun"));
        boolean object = issued && found.to() == before + 1 && found.from() > 0 && w.pos[found.from() - 1].equals("VERB");
        if (!afterComma && !object) {
            return none;
        }
        int end = object ? found.from() - 1 : before;
        // The nearest verb's subject ('"...," Christie said, adding that ...'), else the sentence's.
        SourcePhrases.Phrase subject = SourcePhrases.coordinatedSubject(w, object ? found.from() : before);
        if (subject.isEmpty() || SourcePhrases.isTime(w, subject)) {
            subject = AttributionFinder.sentenceSubject(w, end);
        }
        return subject.isEmpty() || SourcePhrases.isTime(w, subject) ? none : subject;
    }

    /**
     * A passive cue with no agent after it ("is expected to", "was asked about", "was declared the
     * winner"): its subject is what is said or whom it is said to, not a source.
     */
    static boolean passive(Words w, int from, int to) {
        int be = BE.contains(w.lower[from]) ? from : from > 0 && BE.contains(w.lower[from - 1]) ? from - 1 : -1;
        if (be < 0 || w.is(to, "by") || w.is(to - 1, "by")) {
            return false;
        }
        int k = be + 1;
        while (k < Math.max(to, be + 2) && k < w.size() && (w.pos[k].equals("ADV") || BE.contains(w.lower[k]))) {
            k++;
        }
        return k < w.size() && (w.pos[k].equals("VERB") || w.pos[k].equals("ADJ"))
                && (w.lower[k].endsWith("ed") || w.lower[k].endsWith("en") || PARTICIPLES.contains(w.lower[k]));
    }

    /** What may join a participle to its main clause besides a comma ("responded before adding", "– saying"). */
    private static final Set<String> LINKS = Set.of("before", "after", "while", "when", "by", "without", "–", "—", "-", "--");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being", "’s", "'s");
    private static final Set<String> PARTICIPLES = Set.of("known", "shown", "seen", "told", "thought", "said", "held",
            "made", "found", "heard", "understood", "set", "put");

    private static SourcePhrases.Phrase phrase(Words w, int from, int to, int side) {
        return side == AttributionModel.SOURCE_LEFT ? SourcePhrases.subjectLeftOf(w, SourcePhrases.skipBetween(w, from))
                : side == AttributionModel.SOURCE_RIGHT ? SourcePhrases.sourceRightOf(w, to) : new SourcePhrases.Phrase(0, 0);
    }
}
