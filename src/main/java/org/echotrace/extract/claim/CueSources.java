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
            // "put the death toll at 85 adding": the clause's speaker; a statement, a poll or a sign
            // "saying" with no verb issuing it speaks itself.
            return !bearsWords(head) && thingBefore(w, cue, before, found) ? speakerOfClause(w, found.from()) : none;
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
     * A participle of speech right after a thing its clause acts on, the comma before it lost: "put the
     * death toll at 85 adding that ...", "had died from the effects of the gas adding that ...", "denied
     * using chemical weapons on Tuesday insisting ...". A toll, a gas or a weapon says nothing; the
     * clause's subject does. Not after a name, a pronoun or a speaker's noun ("attacked Clinton saying",
     * "footage of the senator asking"), where who speaks is for the model to say.
     */
    private static boolean thingBefore(Words w, int cue, int before, SourcePhrases.Phrase found) {
        if (found.isEmpty() || found.to() != before + 1 || found.from() == 0 || !SPEECH_PARTICIPLES.contains(w.lower[cue])
                || SourcePhrases.isTime(w, found)) {
            return false;
        }
        if (share(w, found)) {
            return false; // "with 30 percent of voters saying", "about three in 10 saying", "a majority saying": people speak
        }
        String link = w.pos[found.from() - 1];
        if (!link.equals("VERB") && !link.equals("ADP") && !link.equals("ADV")) {
            return false;
        }
        for (int k = found.from(); k < found.to(); k++) {
            // "the SOHR/NOUN saying": an acronym names a body, whatever the tagger reads it as.
            boolean name = (w.pos[k].equals("PROPN") || w.acronym(k)) && !SourcePhrases.isTime(w, new SourcePhrases.Phrase(k, k + 1));
            if (name || w.pos[k].equals("PRON") || speakerWord(w.lower[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who speaks in the clause before {@code at}: the subject of its nearest reporting verb ("The
     * Observatory said those killed had died ... adding"), else of its nearest verb, else the sentence's.
     */
    private static SourcePhrases.Phrase speakerOfClause(Words w, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (w.pos[k].equals("VERB") && CueLexicon.isReportingVerb(w.lower[k]) && !w.lower[k].endsWith("ing")
                    && !passive(w, k, k + 1)) { // "the attack was believed to be chemical ... adding": not the attack
                SourcePhrases.Phrase p = SourcePhrases.subjectLeftOf(w, SourcePhrases.skipBetween(w, k));
                if (!p.isEmpty() && !SourcePhrases.isTime(w, p)) {
                    return p;
                }
            }
        }
        SourcePhrases.Phrase subject = SourcePhrases.coordinatedSubject(w, at);
        if (subject.isEmpty() || SourcePhrases.isTime(w, subject)) {
            subject = AttributionFinder.sentenceSubject(w, at);
        }
        return subject.isEmpty() || SourcePhrases.isTime(w, subject) ? new SourcePhrases.Phrase(0, 0) : subject;
    }

    /** Whether a phrase is a share of people: "30 percent of voters", "about three in 10", "a majority". */
    static boolean share(Words w, SourcePhrases.Phrase p) {
        for (int k = p.from(); k < p.to(); k++) {
            boolean number = w.pos[k].equals("NUM") && k + 1 < p.to()
                    && (SHARES.contains(w.lower[k + 1]) || w.is(k + 1, "%") || w.is(k + 1, "in") || w.is(k + 1, "of"));
            if (number || SHARES.contains(w.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Things that bear words of their own: "signs saying", "an editor's note on the story saying". */
    private static final Set<String> WORD_BEARERS = Set.of("sign", "signs", "banner", "banners", "placard", "placards",
            "shirt", "shirts", "t-shirt", "t-shirts", "sticker", "stickers", "note", "notes", "email", "emails", "e-mail",
            "headline", "headlines", "caption", "poster", "posters", "flyer", "flyers", "leaflet", "leaflets", "text",
            "texts", "story", "stories", "graphic", "slogan", "chant", "chants", "billboard", "billboards", "ticket", "tickets");

    private static boolean bearsWords(String head) {
        return WORD_BEARERS.contains(head) || CueLexicon.SPEAKING_NOUNS.contains(head) || ISSUED.contains(head)
                || CueClasses.of(head).stream().anyMatch(c -> c.equals("speech-noun") || c.equals("doc-noun"));
    }

    /** Whether a word names who may speak: a person, a role, a body or a group ("the senator", "the monitor"). */
    static boolean speakerWord(String word) {
        return SpeakerWords.PEOPLE.contains(word) || SpeakerWords.ORG_HEADS.contains(word)
                || SpeakerWords.GROUP_HEADS.contains(word) || SpeakerWords.TITLES.contains(word) && !TITLE_LINKS.contains(word);
    }

    /** Words of {@link SpeakerWords#TITLES} that only qualify a role ("the", "of", "senior"). */
    private static final Set<String> TITLE_LINKS = Set.of("of", "the", "state", "first", "former", "acting", "vice",
            "press", "foreign", "defense", "defence", "interior", "senior", "top", "military", "army", "staff");

    /** Words that open a share of people: "percent of voters", "a majority", "three in 10". */
    private static final Set<String> SHARES = Set.of("percent", "per", "majority", "minority", "half", "third", "thirds",
            "quarter", "quarters", "most", "many", "some", "all", "none", "few", "plurality");

    /** Participles that report speech, never an act a thing could do. */
    private static final Set<String> SPEECH_PARTICIPLES = Set.of("adding", "saying", "noting", "insisting", "stressing",
            "stating", "explaining", "arguing", "asserting", "emphasising", "emphasizing", "reiterating", "telling");

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
