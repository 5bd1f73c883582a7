package org.echotrace.extract.claim;

import org.echotrace.model.CueType;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds attribution relations sentence by sentence: a reporting verb outside quotation marks (or
 * "according to", or a passive "it is reported that") is a cue; its source is the subject phrase
 * before it or, inverted, the phrase after it; its content is the clause on the other side, snapped
 * to whole quotations where it touches one, so multi-sentence and interrupted quotes stay whole. A
 * name and a colon opening a sentence ("Lavrov: ...") is a cue too ({@link ColonCues}), and so is
 * "in" before a poll ("Clinton leads in a CNN poll").
 */
final class AttributionFinder {
    private static final Set<String> OPENERS = Set.of("but", "and", "however", "meanwhile", "moreover", "also",
            "later", "earlier", "separately", "furthermore", "so", "yet", "still", "now", "then", "in", "addition",
            "on", "at", "the", "same", "time", "previously", "additionally", ",");

    /** What speaks through "in": "in a CNN poll", "in the latest surveys". */
    private static final Set<String> POLLS = Set.of("poll", "polls", "polling", "survey", "surveys");

    private final ContentSpans spans;

    AttributionFinder(String text, List<Quotes.Quote> quotes) {
        this.spans = new ContentSpans(text, quotes);
    }

    List<Found> find(List<Sentence> sentences) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Words w = new Words(s);
            // A first paragraph of one sentence is a title that came in as body text (a plain-text
            // file's first line): read its colon as a headline's ("Lynch: No outside influence ...").
            boolean titleLine = s.index() == 0 && s.paragraph() == 0 && (sentences.size() < 2 || sentences.get(1).paragraph() != 0);
            ColonCues.find(w, spans, titleLine).ifPresent(out::add);
            for (int i = 0; i < w.size(); i++) {
                if (spans.inQuote(w.start(i))) {
                    continue;
                }
                Optional<Found> f = w.is(i, "according") && w.is(i + 1, "to") ? accordingTo(w, i)
                        : w.is(i, "as") && w.is(i + 1, "reported") && w.is(i + 2, "by") ? asReportedBy(w, i)
                        : w.is(i, "in") && !reportedBefore(w, i) ? inPoll(w, i)
                        : isCue(w, i) ? verbCue(w, i) : Optional.empty();
                if (f.isPresent()) {
                    out.add(f.get());
                }
            }
        }
        return out;
    }

    private boolean isCue(Words w, int i) {
        if (!CueLexicon.isReportingVerb(w.lower[i]) || w.inCompoundAdjective(i)) {
            return false; // "the so-called Observatory" calls nobody anything
        }
        // "The U.S. claims that": the tagger reads a noun, the clause after it says verb.
        boolean verbByPlace = w.pos[i].equals("NOUN") && w.is(i + 1, "that") && i > 0
                && (w.pos[i - 1].equals("PROPN") || w.pos[i - 1].equals("PRON"));
        if (!w.pos[i].equals("VERB") && !verbByPlace) {
            return false;
        }
        // "the airstrikes announced by the center", "a group known as": participles, not speech.
        if (w.is(i + 1, "by") || w.is(i + 1, "as") || w.is(i + 1, "in") && !w.lower[i].startsWith("sa")) {
            return false;
        }
        if (CueLexicon.needsParticle(w.lower[i])) {
            int j = SourcePhrases.skipBetween(w, i);
            boolean documentSpeaks = j >= 0 && CueLexicon.SPEAKING_NOUNS.contains(w.lower[j]);
            return documentSpeaks || w.is(i + 1, "that") || w.is(i + 1, "on") || w.is(i + 1, "out") && w.is(i + 2, "that")
                    || w.is(i + 1, ",") && w.isQuoteMark(i + 2) || w.is(i + 1, "to") && !w.lower[i].startsWith("go")
                    && !w.lower[i].startsWith("went");
        }
        // "is said to have": a passive report without content clause; "said goodbye" is no cue either.
        return !(w.is(i + 1, "to") && i > 0 && (w.is(i - 1, "is") || w.is(i - 1, "was") || w.is(i - 1, "are")));
    }

    private Optional<Found> verbCue(Words w, int cue) {
        TextSpan cueSpan = new TextSpan(w.start(cue), w.end(cue));
        int j = SourcePhrases.skipBetween(w, cue);
        // Passive report: "It is also reported that ...", "it was announced".
        if (j >= 0 && w.is(j, "it") && cue - j >= 2 && isBe(w, j + 1, cue)) {
            return ContentSpans.kept(w, spans.right(w, cue + 1)).map(c ->
                    new Found(CueType.OTHER, Optional.empty(), cueSpan, c, w.sentence.index()));
        }
        SourcePhrases.Phrase inverted = InvertedReports.source(w, cue, cue + 1);
        if (!inverted.isEmpty()) {
            // "... including five children said the Observatory.": inverted, its comma lost.
            TextSpan source = new TextSpan(w.start(inverted.from()), w.end(inverted.to() - 1));
            List<TextSpan> content = spans.left(w, cue);
            CueType type = spans.cueType(content, w.lower[cue]);
            return ContentSpans.kept(w, content).map(c -> new Found(type, Optional.of(source), cueSpan, c, w.sentence.index()));
        }
        // Participle after the main clause: "Trump attacked Clinton, saying she ...": the subject speaks.
        if (w.lower[cue].endsWith("ing") && j >= 0 && w.is(j, ",")) {
            SourcePhrases.Phrase subject = sentenceSubject(w, j);
            if (!subject.isEmpty()) {
                TextSpan source = new TextSpan(w.start(subject.from()), w.end(subject.to() - 1));
                List<TextSpan> content = spans.right(w, cue + 1);
                CueType type = spans.cueType(content, w.lower[cue]);
                return ContentSpans.kept(w, content).map(c -> new Found(type, Optional.of(source), cueSpan, c, w.sentence.index()));
            }
        }
        // "The House is expected to pass ...", "Trump was asked about ...": a passive's subject is no
        // source; the learned model, whose source decision knows it, takes such cues.
        if (j >= 0 && !w.is(j, "it") && CueSources.passive(w, cue, cue + 1)) {
            return Optional.empty();
        }
        // "Rubio thanked Miami and said ...": the first verb's subject speaks.
        SourcePhrases.Phrase subject = j > 0 && w.is(j, "and") ? SourcePhrases.coordinatedSubject(w, j) : SourcePhrases.subjectLeftOf(w, j);
        // "Trump issued a statement saying ...": the participle's subject is the main clause's, not the object.
        SourcePhrases.Phrase main = CueSources.participleSubject(w, cue, j, subject);
        subject = main.isEmpty() ? subject : main;
        if (!subject.isEmpty()) {
            TextSpan source = new TextSpan(w.start(subject.from()), w.end(subject.to() - 1));
            List<TextSpan> content;
            if (isOpening(w, subject.from()) || clauseFollows(w, cue + 1)) {
                content = spans.right(w, cue + 1);
            } else {
                content = spans.left(w, subject.from());
                content.addAll(spans.continuation(w, cue + 1));
            }
            if (subject.from() == 0 && !clauseFollows(w, cue + 1)) {
                // '“... okay?” Trump said.', '... in a statement.': the quotation closing the sentence before.
                List<TextSpan> quoted = spans.left(w, 0);
                content = quoted.isEmpty() ? content : quoted;
            }
            CueType type = spans.cueType(content, w.lower[cue]);
            return ContentSpans.kept(w, content).map(c -> new Found(type, Optional.of(source), cueSpan, c, w.sentence.index()));
        }
        // Inverted: '"...," said the major general.'
        if (j >= 0 && (w.is(j, ",") || w.isQuoteMark(j))) {
            SourcePhrases.Phrase after = SourcePhrases.sourceRightOf(w, cue + 1);
            if (!after.isEmpty()) {
                TextSpan source = new TextSpan(w.start(after.from()), w.end(after.to() - 1));
                List<TextSpan> content = spans.left(w, cue);
                content.addAll(spans.continuation(w, after.to()));
                CueType type = spans.cueType(content, w.lower[cue]);
                return ContentSpans.kept(w, content).map(c -> new Found(type, Optional.of(source), cueSpan, c, w.sentence.index()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether reported content follows the cue ("said that ...", "said he would", "told CNN the
     * plan failed"), rather than the cue closing content before it ('..., Trump said on Friday.').
     */
    private static boolean clauseFollows(Words w, int from) {
        int k = from;
        while (k < w.size() && (w.pos[k].equals("ADV") || w.is(k, "on") && k + 1 < w.size()
                && (w.pos[k + 1].equals("PROPN") || w.pos[k + 1].equals("NOUN") || w.pos[k + 1].equals("NUM")) || k > from
                && (w.pos[k].equals("PROPN") || w.pos[k].equals("NUM")) && w.is(k - 1, "on"))) {
            k++;
        }
        if (k >= w.size()) {
            return false;
        }
        if (w.is(k, "that") || w.is(k, ":") || w.isQuoteMark(k) || w.is(k, "whether") || w.is(k, "if")) {
            return true;
        }
        int verbs = 0;
        int n = 0;
        for (int i = k; i < w.size() && n < 12; i++, n++) {
            if (w.is(i, ",") && n == 0) {
                return false;
            }
            if (w.pos[i].equals("VERB") || w.pos[i].equals("AUX")) {
                verbs++;
            }
        }
        return verbs > 0 && !w.is(k, ",") && !w.is(k, ".");
    }

    /** The subject of the sentence's main clause: its first noun phrase. */
    static SourcePhrases.Phrase sentenceSubject(Words w, int before) {
        int k = datelineEnd(w, before);
        while (k < before && (w.pos[k].equals("CCONJ") || w.pos[k].equals("ADV") || w.is(k, ","))) {
            k++;
        }
        SourcePhrases.Phrase p = SourcePhrases.sourceRightOf(w, k);
        if (p.isEmpty() && k < before && w.pos[k].equals("PRON")) {
            return new SourcePhrases.Phrase(k, k + 1);
        }
        return p.to() <= before ? p : new SourcePhrases.Phrase(0, 0);
    }

    /**
     * The first token after a wire dateline opening the sentence ("WASHINGTON (AP) —", "BEIRUT --"): a
     * place in capitals, perhaps an agency in brackets, then a dash; else 0.
     */
    private static int datelineEnd(Words w, int before) {
        for (int k = 1; k < Math.min(before, 8); k++) {
            if (w.is(k, "—") || w.is(k, "--") || w.is(k, "–") || w.is(k, "-") && w.end(k - 1) < w.start(k)) {
                for (int i = 0; i < k; i++) {
                    String t = w.text(i);
                    boolean capitals = t.chars().noneMatch(Character::isLowerCase);
                    if (!capitals && !(i > 0 && w.is(i - 1, "("))) {
                        return 0;
                    }
                }
                return k + 1;
            }
        }
        return 0;
    }

    private static boolean isBe(Words w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.is(k, "is") || w.is(k, "was") || w.is(k, "been") || w.is(k, "being")) {
                return true;
            }
        }
        return false;
    }

    private Optional<Found> accordingTo(Words w, int at) {
        TextSpan cue = new TextSpan(w.start(at), w.end(at + 1));
        SourcePhrases.Phrase src = SourcePhrases.sourceRightOf(w, at + 2);
        if (src.isEmpty()) {
            return Optional.empty();
        }
        TextSpan source = new TextSpan(w.start(src.from()), w.end(src.to() - 1));
        List<TextSpan> content;
        if (isOpening(w, at)) {
            int k = src.to();
            while (k < w.size() && (w.is(k, ",") || w.pos[k].equals("ADV") && k == src.to())) {
                k++;
            }
            content = spans.clauseFrom(w, k);
        } else {
            content = spans.left(w, at);
        }
        return ContentSpans.kept(w, content).map(c -> new Found(CueType.ACCORDING_TO, Optional.of(source), cue, c, w.sentence.index()));
    }

    private Optional<Found> asReportedBy(Words w, int at) {
        TextSpan cue = new TextSpan(w.start(at), w.end(at + 2));
        SourcePhrases.Phrase src = SourcePhrases.sourceRightOf(w, at + 3);
        if (src.isEmpty()) {
            return Optional.empty();
        }
        TextSpan source = new TextSpan(w.start(src.from()), w.end(src.to() - 1));
        List<TextSpan> content = isOpening(w, at) ? spans.clauseFrom(w, skipCommas(w, src.to())) : spans.left(w, at);
        return ContentSpans.kept(w, content).map(c -> new Found(CueType.ACCORDING_TO, Optional.of(source), cue, c, w.sentence.index()));
    }

    /**
     * "Clinton held a 24-point lead in a CNN national poll", "In the latest survey, Cruz is second":
     * the poll is the source, "in" the cue, the clause the content; only where no reporting verb
     * came before ("voters said in a poll that ..." is the voters' speech).
     */
    private Optional<Found> inPoll(Words w, int at) {
        SourcePhrases.Phrase src = SourcePhrases.sourceRightOf(w, at + 1);
        boolean poll = false;
        for (int k = src.from(); k < src.to() && !poll; k++) {
            poll = POLLS.contains(w.lower[k]) && w.pos[k].equals("NOUN");
        }
        if (!poll) {
            return Optional.empty();
        }
        TextSpan cue = new TextSpan(w.start(at), w.end(at));
        TextSpan source = new TextSpan(w.start(src.from()), w.end(src.to() - 1));
        List<TextSpan> content = isOpening(w, at) ? spans.clauseFrom(w, skipCommas(w, src.to())) : spans.left(w, at);
        return ContentSpans.kept(w, content).map(c -> new Found(spans.cueType(c, "in"), Optional.of(source), cue, c,
                w.sentence.index()));
    }

    private static boolean reportedBefore(Words w, int at) {
        for (int k = 0; k < at; k++) {
            if (CueLexicon.isReportingVerb(w.lower[k]) && w.pos[k].equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** Whether only openers ("But", "In addition,") stand between the sentence start and token {@code i}. */
    private static boolean isOpening(Words w, int i) {
        for (int k = 0; k < i; k++) {
            if (!OPENERS.contains(w.lower[k]) && !w.pos[k].equals("CCONJ") && !w.pos[k].equals("ADV")) {
                return false;
            }
        }
        return true;
    }

    private static int skipCommas(Words w, int k) {
        while (k < w.size() && w.is(k, ",")) {
            k++;
        }
        return k;
    }
}
