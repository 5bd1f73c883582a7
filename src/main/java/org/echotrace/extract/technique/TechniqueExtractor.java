package org.echotrace.extract.technique;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.extract.nlp.Titles;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Sentence;
import org.echotrace.model.Technique;
import org.echotrace.model.TechniqueSpan;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.echotrace.pipeline.Stage;

/**
 * Marks the propaganda techniques of an article: the span tagger finds fragments in each sentence
 * (more readily in a sentence the sentence model finds likely, knowing the article), one span a sentence, then the classifier names each
 * fragment's technique, knowing the article's other fragments; the span's score is the classifier's
 * probability.
 * Thread-safe: the model is immutable and every call keeps its state on the stack.
 */
public final class TechniqueExtractor implements Stage<AnalyzedArticle, AnalyzedArticle> {
    private static final Technique[] TECHNIQUES = Technique.values();
    private final TechniqueModel model;
    private final SentenceAnnotator titles;

    /** With the model shipped in the jar, reading the body alone. */
    public TechniqueExtractor() {
        this(TechniqueModel.shipped());
    }

    /** With {@code model}, reading the body alone. */
    public TechniqueExtractor(TechniqueModel model) {
        this(model, null);
    }

    /**
     * With {@code model}, reading the article's title too, annotated by {@code titles}, as its first
     * sentence. Design decision: the corpus the model learnt from (PTC) prints each article's title as
     * its first line, annotated like the body (headlines are where loaded language and slogans
     * gather), and the model's features mark sentence 0 as the title; so the title comes first here
     * too, numbered 0, and is read as the corpus wrote it (not recased for the tagger).
     */
    public TechniqueExtractor(TechniqueModel model, SentenceAnnotator titles) {
        this.model = model;
        this.titles = titles;
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        List<Sentence> sentences = titles == null ? in.sentences()
                : Titles.withBody(Titles.sentences(in, titles, UnaryOperator.identity()), in.sentences());
        return in.withTechniques(find(in.text(), sentences));
    }

    /** Technique spans of a text whose sentences are given, in text order. */
    public List<TechniqueSpan> find(String text, List<Sentence> sentences) {
        ArticleWords words = new ArticleWords(text, sentences);
        List<String[][]> tokens = SentenceStack.tokens(sentences, words);
        List<double[][]> emissions = tokens.stream().map(model.tagger::emissions).toList();
        double[] logOdds = model.sentences.logOdds(sentences, words, emissions, model.tagger);
        List<TextSpan> spans = new ArrayList<>();
        List<Sentence> of = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            float shift = (float) (-model.sentenceWeight * logOdds[i]);
            int[] tags = model.tagger.decode(emissions.get(i), model.tagger.outsideBias() + shift);
            List<int[]> fragments = SpanTagger.fragments(tags);
            if (!fragments.isEmpty()) {
                // Design decision: one span from the sentence's first fragment to its last. The task's
                // measure credits overlap, and the gaps between two fragments of one sentence are mostly
                // inside the gold fragment (5-fold cross-validation: SI F1 +0.008).
                List<Token> toks = s.tokens();
                spans.add(new TextSpan(toks.get(fragments.get(0)[0]).start(),
                        toks.get(fragments.get(fragments.size() - 1)[1] - 1).end()));
                of.add(s);
            }
        }
        // Design decision: classify once every fragment is found, since a fragment that reads like
        // another of the article's is evidence of repetition.
        List<TechniqueSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            double[] p = model.classifier.probabilities(SpanFeatures.of(text, spans.get(i), List.of(of.get(i)), words, spans));
            int best = argmax(p);
            out.add(new TechniqueSpan(spans.get(i), TECHNIQUES[best], p[best]));
        }
        return out;
    }

    /** Fragments only (span identification), in text order. */
    public List<TextSpan> fragments(String text, List<Sentence> sentences) {
        return find(text, sentences).stream().map(TechniqueSpan::span).toList();
    }

    /**
     * Each given span's technique probabilities, indexed by {@link Technique#ordinal()} (technique
     * classification on known fragments, each knowing the others).
     */
    public List<double[]> classify(String text, List<Sentence> sentences, List<TextSpan> spans) {
        ArticleWords words = new ArticleWords(text, sentences);
        List<double[]> out = new ArrayList<>(spans.size());
        for (TextSpan span : spans) {
            out.add(model.classifier.probabilities(SpanFeatures.of(text, span, sentences, words, spans)));
        }
        return out;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
