package org.echotrace.extract.claim;

import org.echotrace.model.CueType;
import org.echotrace.model.Segment;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A quotation signed by its speaker after a dash, as quote collections, testimonials and epigraphs
 * print them: “He represents our greatest shame.” ― Sonya Herridge; "We were not told." — Omar Haddad,
 * a teacher in Idlib. The dash is the cue, the name (with its description) the source, the quotation
 * the content: a direct attribution.
 *
 * <p>Design decision: the signature must close the quotation's paragraph and read as a name: one to
 * six capitalised words (initials and name particles between them), then nothing, or a comma and a
 * short description with no sentence break. A dash that goes on with the writer's own words ("” —
 * and he meant it") or a new sentence is no signature. Found before continuation paragraphs are joined,
 * so a signed paragraph is not taken for the previous speaker's next paragraph.
 */
final class SignedQuotes {
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--", "-");
    private static final Set<String> PARTICLES = Set.of("de", "del", "da", "di", "van", "von", "der", "den", "bin",
            "al", "el", "la", "le", "du", "dos", "ibn", "abu");
    private static final int MAX_NAME = 6;
    /** The longest signature, name and description, in tokens. */
    private static final int MAX_SIGNATURE = 16;

    private SignedQuotes() {
    }

    /** The signed quotations of an article not already the content of one of {@code found}. */
    static List<Found> find(List<Quotes.Quote> quotes, List<Sentence> sentences, List<Segment> body, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Quotes.Quote q : quotes) {
            TextSpan e = q.extent();
            if (q.words() < 3) {
                continue;
            }
            Segment paragraph = segmentEnding(body, e.end());
            if (paragraph == null) {
                continue;
            }
            signature(sentences, e.end(), paragraph.end()).ifPresent(s -> {
                if (!attributedFrom(found, q, s.cue(), paragraph)) {
                    out.add(new Found(CueType.DIRECT, Optional.of(s.source()), s.cue(), q.parts(), s.sentence()));
                }
            });
        }
        return out;
    }

    private record Signature(TextSpan cue, TextSpan source, int sentence) {
    }

    /** The dash and the name in {@code [from, to)}, when those tokens are all a signature. */
    private static Optional<Signature> signature(List<Sentence> sentences, int from, int to) {
        List<Token> tail = new ArrayList<>();
        int sentence = -1;
        for (Sentence s : sentences) {
            if (s.span().end() <= from || s.span().start() >= to) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.start() >= from && t.end() <= to) {
                    if (tail.isEmpty()) {
                        sentence = s.index();
                    }
                    tail.add(t);
                }
            }
        }
        if (tail.size() < 2 || tail.size() > MAX_SIGNATURE + 2 || !DASHES.contains(tail.get(0).text())) {
            return Optional.empty();
        }
        int end = tail.size();
        while (end > 1 && tail.get(end - 1).text().equals(".")) {
            end--;
        }
        int name = 1;
        while (name < end && name <= MAX_NAME && nameWord(tail, name)) {
            name++;
        }
        if (name == 1 || PARTICLES.contains(tail.get(name - 1).text()) || name < end && !tail.get(name).text().equals(",")) {
            return Optional.empty();
        }
        for (int i = name; i < end; i++) {
            String t = tail.get(i).text();
            if (t.equals("!") || t.equals("?") || t.equals(".") && i + 1 < end || t.equals("\"") || t.equals("“")) {
                return Optional.empty();
            }
        }
        TextSpan source = new TextSpan(tail.get(1).start(), tail.get(end - 1).end());
        return Optional.of(new Signature(tail.get(0).span(), source, sentence));
    }

    /** A capitalised word, an initial ("G."), a hyphenated name ("al-Assad") or a particle inside a name. */
    private static boolean nameWord(List<Token> tail, int i) {
        Token t = tail.get(i);
        String w = t.text();
        if (t.pos().equals("PRON") || t.pos().equals("VERB") || t.pos().equals("AUX") || t.pos().equals("PUNCT")
                && !w.equals(".")) {
            return false;
        }
        if (w.equals(".")) {
            return i > 1 && tail.get(i - 1).text().length() == 1; // "Christina N. Luis" tokenised "N" "."
        }
        return Character.isUpperCase(w.codePointAt(0)) || i > 1 && PARTICLES.contains(w);
    }

    private static Segment segmentEnding(List<Segment> body, int quoteEnd) {
        for (Segment s : body) {
            if (s.start() < quoteEnd && quoteEnd <= s.end()) {
                return s;
            }
        }
        return null;
    }

    /** Whether a relation already holds the quotation, its cue outside it ("“...,” she said"), or takes the dash as its cue. */
    private static boolean attributedFrom(List<Found> found, Quotes.Quote q, TextSpan dash, Segment paragraph) {
        for (Found f : found) {
            if (f.cue().overlaps(dash)) {
                return true;
            }
            boolean cueOutside = !q.contains(f.cue().start());
            for (TextSpan c : f.content()) {
                if (cueOutside && c.overlaps(q.extent()) && f.cue().start() >= paragraph.start() - 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
