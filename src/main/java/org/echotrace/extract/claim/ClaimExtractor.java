package org.echotrace.extract.claim;

import org.echotrace.extract.entity.EntityTagger;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.extract.nlp.Titles;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Attribution;
import org.echotrace.model.Claim;
import org.echotrace.model.ClaimKind;
import org.echotrace.model.ClaimMark;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.Sentence;
import org.echotrace.model.Speaker;
import org.echotrace.model.SpanIndex;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.echotrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Claims of an article: every attribution becomes a claim in its source's voice, with its speaker
 * and chain; every other statement of the body is the outlet's own. A title that names its speaker
 * ("Ministry: ...") is a claim in that speaker's voice too ({@link HeadlineAttributions}); any other
 * title that states something (four words or more, with a verb or a number; a headline's verb the tagger
 * took for a noun counts, {@link HeadlineVerbs}) is the outlet's own. The
 * steps, in order: quotes, attributions by rule, then by the learned model, the relation scorer's
 * sifting, quotations signed after a dash, continuation quotes, speakers, nesting, chains, claims, then the title's.
 */
public final class ClaimExtractor implements Stage<AnalyzedArticle, AnalyzedArticle> {
    private final AttributionModel model;
    /** Tokens and tags for an article's title ({@link HeadlineAttributions}). */
    private final SentenceAnnotator titles = new SentenceAnnotator();
    /**
     * The entity tagger that tells a title's speaker from its topic ({@link HeadlineSpeakers}) and a
     * state from a person among speakers ({@link SpeakerTypes}), made on first use unless given.
     */
    private volatile EntityTagger entities;

    /** With the model shipped in the jar. */
    public ClaimExtractor() {
        this(AttributionModel.bundled());
    }

    public ClaimExtractor(AttributionModel model) {
        this.model = model;
    }

    /** With {@code entities} for titles and speakers' types, shared with the entity stage. */
    public ClaimExtractor(AttributionModel model, EntityTagger entities) {
        this.model = model;
        this.entities = entities;
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        List<Attribution> attributions = new ArrayList<>(attributions(in));
        // None when the body opens with its headline: its claims are then the body's.
        List<Sentence> title = Titles.sentences(in, titles, TitleCase::forTagging);
        HeadlineAttributions.of(in, title, this::entities).ifPresent(a -> attributions.add(0, a));
        List<Sentence> sentences = new ArrayList<>(title);
        sentences.addAll(in.sentences());
        return in.withClaims(claims(in, attributions, sentences, title));
    }

    private EntityTagger entities() {
        EntityTagger e = entities;
        if (e == null) {
            synchronized (this) {
                if (entities == null) {
                    entities = EntityTagger.bundled();
                }
                e = entities;
            }
        }
        return e;
    }

    /** The attribution relations of an article, in text order. */
    public List<Attribution> attributions(AnalyzedArticle in) {
        String text = in.text();
        List<Segment> body = in.clean().bodySegments();
        List<Quotes.Quote> quotes = Quotes.find(text, body);
        RelationScorer scorer = model.scorer();
        LearnedAttributions.Proposed proposed = LearnedAttributions.propose(in, quotes, model, scorer.bias());
        List<Found> found = new ArrayList<>(scorer.sift(proposed.candidates(), proposed.views()));
        found.addAll(transcriptTurns(proposed.candidates(), found, text));
        found.addAll(SignedQuotes.find(quotes, in.sentences(), body, found));
        found = withContinuations(found, quotes, body, in.sentences(), text);
        found.sort(Comparator.comparing(Found::cue));
        SpeakerResolver resolver = new SpeakerResolver(text, new SpeakerTypes(in.sentences(), this::entities));
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Speaker s = f.source().map(resolver::resolve).orElse(null);
            if (s == null && i > 0 && speakers.get(i - 1) != null && CueClasses.reportsSpeech(f.cue().textOf(text))
                    && paragraphOf(in, f) - paragraphOf(in, found.get(i - 1)) <= 2) {
                // "It is also reported that ..." right after a statement: the same source goes on.
                // Only a cue of speech does: "The attack was blamed on ISIS." after "Video footage
                // showed ..." credits nobody, not the video.
                Speaker prev = speakers.get(i - 1);
                s = new Speaker(prev.name(), prev.kind(), prev.role(), prev.organisation(), f.cue(),
                        Optional.of(prev.resolvedFrom().orElse(prev.mention())));
            }
            speakers.add(s);
        }
        int[] paragraphs = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            paragraphs[i] = paragraphOf(in, found.get(i));
        }
        speakers = resolver.withLeadBodiesNamed(speakers, paragraphs);
        speakers = FirstPersonSpeakers.resolve(found, speakers, quotes, text, in.clean().metadata().author());
        // The relations whose content holds a cue are its outer ones; most cues have none, which one
        // query over the contents tells before any relation is read.
        SpanIndex contents = SpanIndex.owned(found.stream().map(Found::content).toList());
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Optional<Speaker> speaker = Optional.ofNullable(speakers.get(i));
            List<Speaker> outer = new ArrayList<>();
            boolean nested = contents.anyContaining(f.cue(), i);
            for (int k = 0; nested && k < found.size(); k++) {
                if (k != i && speakers.get(k) != null && containsCue(found.get(k), f)) {
                    outer.add(speakers.get(k));
                }
            }
            List<org.echotrace.model.SourceHop> chain = speaker
                    .map(s -> SourceChains.of(s, outer, in.clean().metadata()))
                    .orElseGet(() -> SourceChains.unattributed(outer, in.clean().metadata()));
            out.add(new Attribution(f.cueType(), f.source(), f.cue(), f.content(), speaker, chain));
        }
        return out;
    }

    /**
     * The rules' turns of a transcript quoted paragraph by paragraph ('"WALLACE: ...'), which the
     * relation scorer would drop: their colon lies inside the quotation the paragraph's mark opens,
     * and PolNeAR's training articles hold four such turns, so the scorer learnt only that cues inside
     * quotations are seldom annotated. Kept as the rules found them, as signed quotations are.
     */
    private static List<Found> transcriptTurns(List<Candidate> candidates, List<Found> kept, String text) {
        List<Found> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Found f = c.found();
            int start = f.source().map(TextSpan::start).orElse(-1);
            boolean turn = c.origin() != Candidate.MODEL && f.cue().textOf(text).equals(":") && start > 0
                    && (text.charAt(start - 1) == '"' || text.charAt(start - 1) == '“')
                    && (start == 1 || text.charAt(start - 2) == '\n');
            if (turn && !kept.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static int paragraphOf(AnalyzedArticle in, Found f) {
        return in.sentences().get(f.sentence()).paragraph();
    }

    private static boolean containsCue(Found outer, Found inner) {
        for (TextSpan c : outer.content()) {
            if (c.contains(inner.cue())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph that is one quotation with no cue of its own continues the attribution of the
     * paragraph before it (the second paragraph of a statement), and joins its content.
     */
    private static List<Found> withContinuations(List<Found> found, List<Quotes.Quote> quotes, List<Segment> body,
                                                 List<Sentence> sentences, String text) {
        List<Found> out = new ArrayList<>(found);
        for (Quotes.Quote q : quotes) {
            TextSpan e = q.extent();
            if (q.words() < 4 || covered(out, e)) {
                continue;
            }
            if (!opensParagraph(e, body)) {
                // '"First," she said. "Second sentence."': a quote opening the sentence after an attribution's.
                int at = sentenceStarting(sentences, e.start());
                if (at > 0) {
                    for (int i = out.size() - 1; i >= 0; i--) {
                        if (out.get(i).sentence() == at - 1 && sentences.get(at - 1).paragraph() == sentences.get(at).paragraph()) {
                            List<TextSpan> content = new ArrayList<>(out.get(i).content());
                            content.addAll(q.parts());
                            out.set(i, out.get(i).withContent(content));
                            break;
                        }
                    }
                }
                continue;
            }
            int prev = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).extent().end() <= e.start() && (prev < 0 || out.get(i).extent().end() > out.get(prev).extent().end())) {
                    prev = i;
                }
            }
            if (prev >= 0 && paragraphsApart(out.get(prev).extent().end(), e.start(), body) <= 1) {
                List<TextSpan> content = new ArrayList<>(out.get(prev).content());
                content.addAll(q.parts());
                out.set(prev, out.get(prev).withContent(content));
            }
        }
        return out;
    }

    private static int sentenceStarting(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() == offset) {
                return s.index();
            }
        }
        return -1;
    }

    private static boolean covered(List<Found> found, TextSpan span) {
        for (Found f : found) {
            for (TextSpan c : f.content()) {
                if (c.overlaps(span)) {
                    return true;
                }
            }
            if (span.contains(f.cue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensParagraph(TextSpan span, List<Segment> body) {
        for (Segment s : body) {
            if (s.start() == span.start()) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphsApart(int from, int to, List<Segment> body) {
        int n = 0;
        for (Segment s : body) {
            if (s.start() >= from && s.start() <= to) {
                n++;
            }
        }
        return n;
    }

    /** @param sentences the title's sentences and the body's, for the tokens of each claim's content */
    private static List<Claim> claims(AnalyzedArticle in, List<Attribution> all, List<Sentence> sentences,
                                      List<Sentence> title) {
        String text = in.text();
        // Design decision: a relation that credits nobody ("... as it seems", "X is expected to")
        // leaves its sentence in the outlet's voice; only a source or a resolved speaker moves it.
        // Nor does the writer's "I believe ...": the outlet asserts what its writer does.
        List<Attribution> attributions = all.stream().filter(a -> a.source().isPresent() || a.speaker().isPresent())
                .filter(a -> !FirstPersonSpeakers.isWriter(a, text)).toList();
        boolean inOrder = inOrder(sentences);
        SpanIndex cues = new SpanIndex(attributions.stream().map(Attribution::cue).toList());
        SpanIndex contents = SpanIndex.owned(attributions.stream().map(Attribution::content).toList());
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            if (framesAnother(i, a, cues)) {
                continue;
            }
            List<Token> tokens = tokensIn(sentences, inOrder, a.content());
            String content = joined(text, a.content());
            Set<ClaimMark> marks = ClaimScorer.marks(content, tokens);
            out.add(new Claim(0, ClaimKind.ATTRIBUTED, a.contentExtent(), content, Optional.of(a),
                    ClaimScorer.checkWorthiness(tokens, marks), marks));
        }
        List<Segment> subheadings = in.clean().segments().stream().filter(s -> s.kind() == SegmentKind.SUBHEADING).toList();
        // The title in the outlet's own words is its claim too ("Russian backed Syrians push back US
        // backed ISIS from Homs"), when it states something: its first sentence, scored as the body's
        // are, with four words or more and a verb or a number ("The Camp: Notes" is a label).
        List<Sentence> own = new ArrayList<>();
        if (!title.isEmpty() && statesSomething(title.get(0))) {
            own.add(title.get(0));
        }
        own.addAll(in.sentences());
        for (Sentence s : own) {
            if (touchesAttribution(s.span(), cues, contents) || inAny(s.span(), subheadings)) {
                continue;
            }
            String content = s.textOf(text);
            Set<ClaimMark> marks = ClaimScorer.marks(content, s.tokens());
            double score = ClaimScorer.checkWorthiness(s.tokens(), marks);
            if (score >= ClaimScorer.MIN_OWN || !marks.isEmpty() && s.tokens().size() >= 5) {
                out.add(new Claim(0, ClaimKind.OWN, s.span(), normalised(content), Optional.empty(), score, marks));
            }
        }
        out.sort(Comparator.comparing(Claim::span));
        List<Claim> numbered = new ArrayList<>(out.size());
        for (Claim c : out) {
            numbered.add(new Claim(numbered.size(), c.kind(), c.span(), c.text(), c.attribution(), c.checkWorthiness(), c.marks()));
        }
        return numbered;
    }

    private static boolean statesSomething(Sentence title) {
        int words = 0;
        boolean verbOrNumber = false;
        for (Token t : title.tokens()) {
            words += Character.isLetterOrDigit(t.text().charAt(0)) ? 1 : 0;
            verbOrNumber |= t.pos().equals("VERB") || t.pos().equals("AUX") || t.pos().equals("NUM");
        }
        // "Syrian army advances near Aleppo": a headline's verb the tagger read as a noun counts too.
        return words >= 4 && (verbOrNumber || HeadlineVerbs.has(title));
    }

    /**
     * "TASS reported that the spokesman said X": the outer relation is the frame, the inner one the
     * claim. {@code cues} are the relations' cues, numbered as the list is ({@code i} is this one).
     */
    private static boolean framesAnother(int i, Attribution a, SpanIndex cues) {
        for (TextSpan c : a.content()) {
            if (cues.anyInside(c, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence holds a relation's cue or overlaps its content. */
    private static boolean touchesAttribution(TextSpan sentence, SpanIndex cues, SpanIndex contents) {
        return cues.anyInside(sentence, -1) || contents.overlapsAny(sentence);
    }

    private static boolean inAny(TextSpan span, List<Segment> segments) {
        for (Segment s : segments) {
            if (s.start() <= span.start() && span.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentences follow each other in the text without overlapping (the title first, then the body). */
    private static boolean inOrder(List<Sentence> sentences) {
        for (int i = 1; i < sentences.size(); i++) {
            if (sentences.get(i).span().start() < sentences.get(i - 1).span().end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tokens of the sentences a relation's content touches that lie inside it. Design decision:
     * with the sentences in order, those a part touches are found by a binary search, not by reading
     * every sentence for every relation (a 3 MB article's 30,000 relations made that most of its
     * claim stage); out of order, every sentence is read.
     */
    private static List<Token> tokensIn(List<Sentence> sentences, boolean inOrder, List<TextSpan> spans) {
        List<Sentence> touched = new ArrayList<>();
        if (inOrder) {
            java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
            for (TextSpan c : spans) {
                int lo = 0;
                int hi = sentences.size();
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (sentences.get(mid).span().end() > c.start()) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                for (int k = lo; k < sentences.size() && sentences.get(k).span().start() < c.end(); k++) {
                    if (c.overlaps(sentences.get(k).span())) {
                        at.add(k);
                    }
                }
            }
            at.forEach(k -> touched.add(sentences.get(k)));
        } else {
            for (Sentence s : sentences) {
                if (spans.stream().anyMatch(c -> c.overlaps(s.span()))) {
                    touched.add(s);
                }
            }
        }
        List<Token> out = new ArrayList<>();
        for (Sentence s : touched) {
            for (Token t : s.tokens()) {
                for (TextSpan c : spans) {
                    if (c.contains(t.span())) {
                        out.add(t);
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static String joined(String text, List<TextSpan> parts) {
        StringBuilder sb = new StringBuilder();
        for (TextSpan p : parts) {
            sb.append(sb.isEmpty() ? "" : " ").append(p.textOf(text));
        }
        return normalised(sb.toString());
    }

    private static String normalised(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
