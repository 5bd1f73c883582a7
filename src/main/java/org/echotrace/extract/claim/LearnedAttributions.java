package org.echotrace.extract.claim;

import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.CueType;
import org.echotrace.model.Sentence;
import org.echotrace.model.SpanIndex;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Attributions the rules did not find, from the learned model: each cue it tags ("believes",
 * "called", "shows", a colon, "a spokesman for") gets its source and content on the sides the model
 * chooses, the spans cut at clause edges and snapped to whole quotations as the rules do.
 *
 * <p>Design decision: the rules go first and keep their relations; the model adds only cues that
 * overlap none of theirs. The rules are precise on speech and carry the seeds' speakers and chains;
 * the model brings the recall on what they never covered (beliefs, wants, evidence verbs, nominal
 * and colon cues).
 */
final class LearnedAttributions {
    /** The candidate relations of an article, and a view of each of its sentences (by position) they were read from. */
    record Proposed(List<Candidate> candidates, List<SentenceView> views) {
    }

    private final String text;
    private final List<Quotes.Quote> quotes;
    private final SpanIndex quoted;
    private final AttributionModel model;

    /** The rules' relations and the model's of an article, before any is sifted. */
    static Proposed propose(AnalyzedArticle in, List<Quotes.Quote> quotes, AttributionModel model, double bias) {
        List<Found> rules = new AttributionFinder(in.text(), quotes).find(in.sentences());
        return new LearnedAttributions(in.text(), quotes, model).candidates(in.sentences(), rules, bias);
    }

    LearnedAttributions(String text, List<Quotes.Quote> quotes, AttributionModel model) {
        this.text = text;
        this.quotes = quotes;
        this.quoted = Quotes.parts(quotes);
        this.model = model;
    }

    /**
     * Every relation of the article before any is sifted: the rules' relations (rebuilt where the
     * model puts their content on another side), then the model's cues that overlap none of theirs,
     * each with where it came from and the tagger's margin on its cue. {@code bias} is added to the
     * tagger's score for starting a cue (0: as trained).
     */
    Proposed candidates(List<Sentence> sentences, List<Found> rules, double bias) {
        List<SentenceView> views = new ArrayList<>(sentences.size());
        List<List<int[]>> tagged = new ArrayList<>(sentences.size());
        Map<Integer, float[]> margins = new HashMap<>();
        for (Sentence s : sentences) {
            SentenceView v = SentenceView.of(s, quoted);
            float[] m = new float[v.words().size()];
            views.add(v);
            tagged.add(model.tag(v.words(), v.inQuote(), bias, m));
            margins.put(s.index(), m);
        }
        List<Candidate> out = new ArrayList<>();
        for (Found f : rules) {
            Optional<Found> r = revision(sentences, views, f);
            Found kept = r.orElse(f);
            out.add(new Candidate(kept, r.isPresent() ? Candidate.REVISED : Candidate.RULE, ruleMargin(sentences, kept, margins)));
        }
        List<Found> known = out.stream().map(Candidate::found).toList();
        List<Found> added = new ArrayList<>();
        for (int n = 0; n < views.size(); n++) {
            SentenceView v = views.get(n);
            Words w = v.words();
            float[] m = margins.get(w.sentence.index());
            for (int[] c : tagged.get(n)) {
                if (c[1] - c[0] >= 2 && SourcePhrases.contractedPronoun(w, c[0])) {
                    c = new int[] {c[0] + 1, c[1]}; // "He’s claiming": the pronoun speaks, its verb is the cue
                }
                TextSpan cue = new TextSpan(w.start(c[0]), w.end(c[1] - 1));
                if (overlapsCue(cue, known) || overlapsCue(cue, added) || !plausibleCue(w, c[0], c[1])) {
                    continue;
                }
                Optional<Found> r = relation(sentences, v, c[0], c[1], cue);
                if (r.isPresent()) {
                    added.add(r.get());
                    out.add(new Candidate(r.get(), Candidate.MODEL, max(m, c[0], c[1])));
                }
            }
        }
        return new Proposed(out, views);
    }

    /** The tagger's best margin over a rule cue's tokens, or 0 when its sentence was not tagged. */
    private static float ruleMargin(List<Sentence> sentences, Found f, Map<Integer, float[]> margins) {
        float[] m = f.sentence() < sentences.size() ? margins.get(sentences.get(f.sentence()).index()) : null;
        if (m == null) {
            return 0;
        }
        List<org.echotrace.model.Token> tokens = sentences.get(f.sentence()).tokens();
        int from = tokens.size();
        int to = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().overlaps(f.cue())) {
                from = Math.min(from, i);
                to = i + 1;
            }
        }
        return from < to ? max(m, from, to) : 0;
    }

    private static float max(float[] m, int from, int to) {
        float out = Float.NEGATIVE_INFINITY;
        for (int k = from; k < to; k++) {
            out = Math.max(out, m[k]);
        }
        return out;
    }

    /**
     * Whether tokens {@code [from, to)} can be a cue at all: a verb, an adjective, an adverb, a
     * preposition or a mark ("appears", "unclear", "reportedly", "according to", ":"), or a noun
     * that names speech, a document, a state of mind or a speaker ("the claim", "the poll",
     * "a spokesman"). A bare noun of another kind ("units of the Syrian Army ... liberated") names
     * no act of saying or thinking. A colon alone must open a statement ({@link ColonCues#opensStatement}:
     * "SouthFront: Analysis and Intelligence" is a title). Nor is a word inside a compound adjective
     * ("so-called", "self-proclaimed": {@link Words#inCompoundAdjective}).
     */
    static boolean plausibleCue(Words w, int from, int to) {
        if (to - from == 1 && w.is(from, ":")) {
            return ColonCues.opensStatement(w, to);
        }
        if (w.inCompoundAdjective(from)) {
            return false; // "the so-called Observatory", "a self-proclaimed expert": adjectives, no act of saying
        }
        for (int k = from; k < to; k++) {
            String p = w.pos[k];
            if (!p.equals("NOUN") && !p.equals("PROPN") && !p.equals("NUM") && !p.equals("DET") && !p.equals("PRON")) {
                return true;
            }
            if (!CueClasses.of(w.lower[k]).isEmpty() || CueLexicon.SPEAKING_NOUNS.contains(w.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** {@code views} are the sentences' views, by position (read once an article: a sentence may hold thousands of the rules' relations). */
    private Optional<Found> revision(List<Sentence> sentences, List<SentenceView> views, Found f) {
        if (f.cueType() == CueType.ACCORDING_TO || f.sentence() >= sentences.size()) {
            return Optional.empty();
        }
        SentenceView v = views.get(f.sentence());
        Words w = v.words();
        int from = -1;
        int to = -1;
        for (int i = 0; i < w.size(); i++) {
            if (w.tokens.get(i).span().overlaps(f.cue())) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        boolean left = f.content().stream().anyMatch(c -> c.start() < f.cue().start());
        boolean right = f.content().stream().anyMatch(c -> c.end() > f.cue().end());
        int ruleSide = left && right ? AttributionModel.BOTH : left ? AttributionModel.LEFT : AttributionModel.RIGHT;
        if (model.contentSide(w, v.inQuote(), from, to) == ruleSide) {
            return Optional.empty();
        }
        return relation(sentences, v, from, to, f.cue())
                .map(r -> r.source().isPresent() || f.source().isEmpty() ? r
                        : new Found(r.cueType() == CueType.OTHER ? CueType.INDIRECT : r.cueType(), f.source(), r.cue(), r.content(), r.sentence()));
    }

    private Optional<Found> relation(List<Sentence> sentences, SentenceView v, int from, int to, TextSpan cue) {
        Words w = v.words();
        CueSources.Choice chosen = CueSources.choose(w, from, to, model.sourceSide(w, v.inQuote(), from, to));
        int sourceSide = chosen.side();
        SourcePhrases.Phrase source = chosen.phrase();
        int side = model.contentSide(w, v.inQuote(), from, to);
        SourcePhrases.Phrase inverted = InvertedReports.source(w, from, to);
        if (!inverted.isEmpty()) {
            // "... including five children said the Observatory.": the phrase after the cue speaks, its comma lost.
            sourceSide = AttributionModel.SOURCE_RIGHT;
            source = inverted;
            side = AttributionModel.LEFT;
        }
        List<TextSpan> content = new ArrayList<>();
        if (side != AttributionModel.RIGHT) {
            int end = sourceSide == AttributionModel.SOURCE_LEFT && !source.isEmpty() ? source.from() : from;
            span(w, 0, end - 1).ifPresent(content::add);
        }
        if (side != AttributionModel.LEFT) {
            int start = sourceSide == AttributionModel.SOURCE_RIGHT && !source.isEmpty() ? source.to() : to;
            span(w, thatClause(w, start), w.size() - 1).ifPresent(content::add);
            if (content.isEmpty() && w.is(w.size() - 1, ":")) {
                // "He said:" closing its sentence: the content is what comes next. Not after a
                // full stop: "..., as reported earlier." reports the sentence it closes.
                next(sentences, w.sentence).ifPresent(content::add);
            }
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        List<TextSpan> snapped = content.stream().map(this::snap).distinct().toList();
        Optional<TextSpan> src = source.isEmpty() ? Optional.empty()
                : Optional.of(new TextSpan(w.start(source.from()), w.end(source.to() - 1)));
        return Optional.of(new Found(type(cue, src, snapped), src, cue, snapped, w.sentence.index()));
    }

    /**
     * Where a content right of its cue starts: at a "that" a few words on when only adjuncts come
     * before it ("said in a recent interview that ...", "told reporters on Monday that ..."), else
     * right away.
     */
    private static int thatClause(Words w, int start) {
        for (int k = start; k < Math.min(w.size(), start + 8); k++) {
            if (w.is(k, "that")) {
                return k;
            }
            if (w.pos[k].equals("VERB") || w.pos[k].equals("AUX") || w.isQuoteMark(k) || w.is(k, ":")) {
                break;
            }
        }
        return start;
    }

    /** Tokens {@code [from, to]} less separating punctuation at both ends (closing quotes kept), if any word is left. */
    private static Optional<TextSpan> span(Words w, int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(to, w.size() - 1);
        while (a <= b && (w.isPunct(a) && !w.isQuoteMark(a) || w.pos[a].equals("CCONJ") && a == 0)) {
            a++;
        }
        while (b >= a && w.isPunct(b) && !w.isQuoteMark(b) && !w.is(b, ")")) {
            b--;
        }
        if (b < a || b == a && w.isPunct(a)) {
            return Optional.empty();
        }
        return Optional.of(new TextSpan(w.start(a), w.end(b)));
    }

    private static Optional<TextSpan> next(List<Sentence> sentences, Sentence s) {
        int k = s.index() + 1;
        if (k < sentences.size() && sentences.get(k).index() == k && sentences.get(k).paragraph() - s.paragraph() <= 1) {
            return Optional.of(sentences.get(k).span());
        }
        return Optional.empty();
    }

    private TextSpan snap(TextSpan span) {
        TextSpan out = span;
        for (Quotes.Quote q : quotes) {
            TextSpan e = q.extent();
            if (e.overlaps(span) && q.words() >= 3 && !e.contains(span)) {
                out = out.union(e);
            }
        }
        return out;
    }

    private CueType type(TextSpan cue, Optional<TextSpan> source, List<TextSpan> content) {
        String c = cue.textOf(text).toLowerCase(Locale.ROOT);
        if (c.startsWith("according to") || c.startsWith("as reported by")) {
            return CueType.ACCORDING_TO;
        }
        boolean quoted = true;
        for (TextSpan part : content) {
            boolean inOne = false;
            for (Quotes.Quote q : quotes) {
                TextSpan e = q.extent();
                inOne |= e.overlaps(part) && e.length() * 10 >= part.length() * 8;
            }
            quoted &= inOne;
        }
        return quoted ? CueType.DIRECT : source.isPresent() ? CueType.INDIRECT : CueType.OTHER;
    }

    private static boolean overlapsCue(TextSpan cue, List<Found> found) {
        for (Found f : found) {
            if (f.cue().overlaps(cue)) {
                return true;
            }
        }
        return false;
    }
}
