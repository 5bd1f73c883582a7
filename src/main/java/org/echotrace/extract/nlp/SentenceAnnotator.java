package org.echotrace.extract.nlp;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.echotrace.extract.Datelines;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.echotrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Splits each body segment into sentences and tokens and tags them, keeping offsets into the
 * original text.
 *
 * <p>Design decision: segments are annotated one by one, never the joined body, so a sentence never
 * crosses a paragraph (the cleaner's paragraphs are the text's own) and offsets need no mapping back.
 * Sentences longer than {@link #MAX_TOKENS} tokens (tables, run-on lists) are tagged in windows, so
 * one bad paragraph cannot make the tagger's beam search quadratic.
 */
public final class SentenceAnnotator implements Stage<AnalyzedArticle, AnalyzedArticle> {
    static final int MAX_TOKENS = 200;
    /**
     * A run of this many characters or more with no space in it is one token, not given to the
     * tokenizer. Design decision: OpenNLP's tokenizer weighs a split at every character of a word that
     * is not plain letters and digits, reading the word's prefix and suffix each time, so a scraped
     * blob (an inlined base64 image of 300,000 characters) took 18 s a sentence; no word or address of
     * running text is this long, so nothing else changes.
     */
    static final int LONG_RUN = 1000;

    /** One decoder of each kind per thread (the decoders keep state between calls; the models do not). */
    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    public SentenceAnnotator() {
        OpenNlpModels m = OpenNlpModels.get();
        this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(m.sentences));
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(m.tokens));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(m.pos, POSTagFormat.UD));
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        String text = in.text();
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        for (Segment seg : in.clean().bodySegments()) {
            // "Wed 05 Apr 2017 Syria attack ...": the dateline glued to a paragraph is no sentence's first words.
            annotate(text, Datelines.leadStart(text, seg.start(), seg.end()), seg.end(), paragraph++, out);
        }
        return in.withSentences(out);
    }

    /**
     * Sentences of a text in which each non-blank line is a paragraph, numbered from 0 (the
     * datasets' layouts: one paragraph, or one sentence, a line); offsets into {@code text}.
     */
    public List<Sentence> annotateLines(String text) {
        List<Sentence> out = new java.util.ArrayList<>();
        int paragraph = 0;
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            if (!text.substring(from, to).isBlank()) {
                annotate(text, from, to, paragraph++, out);
            }
            from = to + 1;
        }
        return out;
    }

    /** Sentences of {@code text[from, to)}, appended to {@code out}, numbered on from its size. */
    public void annotate(String text, int from, int to, int paragraph, List<Sentence> out) {
        annotate(text, from, to, paragraph, out, UnaryOperator.identity());
    }

    /**
     * As {@link #annotate(String, int, int, int, List)}, the tagger reading each sentence's words as
     * {@code tagged} rewrites them (one word for each, the tokens keeping their own text): a title in
     * Title Case read in sentence case, so "Lavrov Says ..." has a verb.
     */
    public void annotate(String text, int from, int to, int paragraph, List<Sentence> out,
                         UnaryOperator<List<String>> tagged) {
        String part = text.substring(from, to);
        for (Span trimmed : merged(part, sentences.get().sentPosDetect(part))) {
            int sFrom = from + trimmed.getStart();
            String sentence = part.substring(trimmed.getStart(), trimmed.getEnd());
            List<Token> tokens = tokens(sentence, sFrom, tagged);
            if (!tokens.isEmpty()) {
                out.add(new Sentence(out.size(), paragraph, new TextSpan(sFrom, from + trimmed.getEnd()), tokens));
            }
        }
    }

    /**
     * The detector's sentences, trimmed, with a split after an abbreviation or before a lower-case
     * start undone.
     */
    private static List<Span> merged(String part, Span[] detected) {
        List<Span> out = new ArrayList<>();
        for (Span s : detected) {
            Span t = s.trim(part);
            if (t.length() == 0) {
                continue;
            }
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String lastText = part.substring(last.getStart(), last.getEnd());
                char first = part.charAt(t.getStart());
                if (Abbreviations.endsWithAbbreviation(lastText) || Character.isLowerCase(first)) {
                    out.set(out.size() - 1, new Span(last.getStart(), t.getEnd()));
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    private List<Token> tokens(String sentence, int offset, UnaryOperator<List<String>> tagged) {
        Span[] spans = tokenSpans(sentence);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        String[] tags = tag(tagged.apply(List.of(words)).toArray(String[]::new));
        List<Token> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Token(new TextSpan(offset + spans[i].getStart(), offset + spans[i].getEnd()), words[i], tags[i]));
        }
        return out;
    }

    /** The tokenizer's spans of a sentence, each run of {@link #LONG_RUN} characters or more with no space one span. */
    private Span[] tokenSpans(String sentence) {
        List<Span> out = new ArrayList<>();
        int done = 0;
        int i = 0;
        while (i < sentence.length()) {
            if (Character.isWhitespace(sentence.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
                end++;
            }
            if (end - i >= LONG_RUN) {
                for (Span sp : tokenizer.get().tokenizePos(sentence.substring(done, i))) {
                    out.add(new Span(done + sp.getStart(), done + sp.getEnd()));
                }
                out.add(new Span(i, end));
                done = end;
            }
            i = end;
        }
        if (done == 0) {
            return tokenizer.get().tokenizePos(sentence);
        }
        for (Span sp : tokenizer.get().tokenizePos(sentence.substring(done))) {
            out.add(new Span(done + sp.getStart(), done + sp.getEnd()));
        }
        return out.toArray(Span[]::new);
    }

    /** UPOS tags for words already split into tokens (a CoNLL file's), in the same windows. */
    public List<String> tag(List<String> words) {
        return List.of(tag(words.toArray(String[]::new)));
    }

    private String[] tag(String[] words) {
        if (words.length <= MAX_TOKENS) {
            return tagger.get().tag(words);
        }
        String[] out = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TOKENS) {
            int to = Math.min(words.length, from + MAX_TOKENS);
            String[] window = java.util.Arrays.copyOfRange(words, from, to);
            System.arraycopy(tagger.get().tag(window), 0, out, from, to - from);
        }
        return out;
    }
}
