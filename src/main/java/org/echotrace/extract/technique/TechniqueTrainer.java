package org.echotrace.extract.technique;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.echotrace.model.Sentence;
import org.echotrace.model.Technique;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;

/**
 * Trains the three models on labelled articles: the span tagger on every sentence (tokens touching a
 * gold fragment are inside it), the sentence scorer on whether a sentence touches a fragment and the
 * {@link SentenceStack} over it (which also trains four taggers on inner folds; the shipped tagger is
 * the mean of those and the one of all articles), the classifier on every gold technique line; the
 * scorer and the classifier also see frozen MiniLM vectors of their words
 * ({@link WordVectors}, folded into a {@link WordTable}). Same articles and seed, same model, byte for
 * byte (the embedding model runs deterministically on the CPU).
 */
public final class TechniqueTrainer {
    /**
     * Settings of one training run. Design decision: {@link #DEFAULTS} were chosen on 5-fold
     * cross-validation of the training split (seed 42), never on the official dev split: 10 tagger
     * epochs with outside bias -140 gave SI F1 0.368 against 0.360 for 6 epochs at -150; the sentence
     * weight 20 beat 0 (0.336), 10 and 30 on one fold. The word-vector weights 2 beat 4 and 8 for the
     * classifier (TC); the classifier's 8 epochs at L2 3e-5, three runs averaged, beat 12 epochs at 1e-4
     * (0.607 against 0.595 in the experiment harness; 20 epochs 0.592, L2 3e-4 0.593). The context
     * words' vectors at weight 1 (0.6145) beat 0.5 (0.6127) and 1.5 (0.6130), the sentence (up to 30
     * words either side) beat 10 (0.6125); five averaged runs beat three (0.6154 against 0.6145).
     * With the sentence stack, the five-tagger mean and one span a sentence, outside bias -180 and
     * sentence weight 80 (the stack's log-odds are calibrated, smaller than the scorer's) gave SI F1
     * 0.388 against 0.386 at -170 and 80, 0.384 at -160 and 60 (an SI harness training only the tagger
     * and the sentence models). The scorer's 2 epochs with word-vector weight 10 (sentence AUC 0.767)
     * beat 5 with 2 (0.753), 10 epochs (0.745), L2 1e-3 (0.748) and 1 epoch with 16 (0.769, too close to
     * the edge to trust). The averaging network beside the classifier (64 hidden units, 20 epochs, its
     * log-probabilities at weight 0.5) gave TC 0.6226 / 0.6262 / 0.6195 on the folds and shuffles of seeds
     * 42 / 7 / 13 against 0.6192 / 0.6154 / 0.6122 without it (the classifier-only harness); 128 units
     * 0.6216 / 0.6256 / 0.6190 at twice the size, weight 0.7 0.6231 / 0.6247 / 0.6200, 128 units for 10
     * epochs at rate 0.02 0.6220 / 0.6244 / 0.6189. Given the classifier's repetition, length, punctuation
     * and cue-family features as inputs of their own ({@link #NETWORK_EXTRAS}), the network alone rose from
     * 0.49 to 0.57 and a heavier weight paid: 0.6242 / 0.6264 / 0.6239 at 0.5, 0.6251 / 0.6296 / 0.6269 at
     * 0.7, 0.6247 / 0.6313 / 0.6288 at 1 (the plain product of the two, shipped). The same network (one
     * bag, the sentence's words; 10 epochs) beside the sentence scorer, its log-odds at weight 1, gave SI
     * F1 0.394 / 0.388 / 0.386 on seeds 42 / 7 / 13 against 0.386 / 0.386 / 0.383 (the eval's
     * cross-validation); on seed 42, weight 2 0.394, 20 epochs 0.395, 128 units 0.390.
     */
    public record Settings(int taggerEpochs, int sentenceEpochs, int classifierEpochs, double l2, int minCount,
                           float outsideBias, float sentenceWeight, double wordVectorWeight,
                           double sentenceVectorWeight, double classifierL2, int classifierRuns,
                           double contextVectorWeight, int networkHidden, int networkEpochs, double networkWeight,
                           int sentenceNetworkEpochs, double sentenceNetworkWeight) {
        public static final Settings DEFAULTS = new Settings(10, 2, 8, 1e-4, 2, -180f, 80f, 2, 10, 3e-5, 5, 1,
                NETWORK_HIDDEN, NETWORK_EPOCHS, NETWORK_WEIGHT, 10, 1.0);
    }

    static final int NETWORK_HIDDEN = 64;
    static final int NETWORK_EPOCHS = 20;
    static final double NETWORK_WEIGHT = 1.0;
    /** The network's AdaGrad rate, L2 penalty and hidden-unit dropout (the experiment's first choice, not tuned). */
    private static final double NETWORK_RATE = 0.05;
    private static final double NETWORK_L2 = 1e-5;
    private static final double NETWORK_DROPOUT = 0.3;
    /**
     * The classifier's features its network reads as inputs of their own ({@link SpanFeatures}): repetition
     * counts, length and share of the sentence, cue families, punctuation, capitals, quotes, title case,
     * the punctuation after it, a whole-sentence fragment.
     */
    static final List<String> NETWORK_EXTRAS = List.of("rep=", "shortrep", "same=", "wrep=", "smax=", "sshare=", "len=",
            "share=", "L=", "!", "?", "#", "num", "cap", "shout", "quoted", "title", "after", "sentence?");

    private TechniqueTrainer() {
    }

    /** Trains with the word vectors cached under the build folder ({@link WordVectors#defaultCache()}). */
    public static TechniqueModel train(List<LabelledArticle> articles, Settings settings, long seed) {
        return train(articles, settings, seed, WordVectors.defaultCache());
    }

    /** Trains; {@code vectorCache} is where word vectors are kept between runs (null: embed every time). */
    public static TechniqueModel train(List<LabelledArticle> articles, Settings settings, long seed, Path vectorCache) {
        List<String[]> examples = new ArrayList<>();
        List<Technique> labels = new ArrayList<>();
        for (LabelledArticle a : articles) {
            ArticleWords words = new ArticleWords(a.text(), a.sentences());
            List<TextSpan> spans = a.gold().stream().map(GoldTechnique::span).toList();
            for (GoldTechnique g : a.gold()) {
                examples.add(SpanFeatures.of(a.text(), g.span(), a.sentences(), words, spans));
                labels.add(g.technique());
            }
        }
        Map<String, float[]> vectors = settings.wordVectorWeight() > 0 || settings.sentenceVectorWeight() > 0
                || settings.contextVectorWeight() > 0
                ? WordVectors.of(vocabulary(articles, examples, settings.minCount()), vectorCache).vectors()
                : Map.of();
        TechniqueClassifier classifier = TechniqueClassifier.train(examples, labels, vectors,
                List.of(SpanFeatures.WORD, SpanFeatures.CONTEXT),
                new double[] {settings.wordVectorWeight(), settings.contextVectorWeight()},
                settings.classifierEpochs(), settings.classifierL2(), settings.minCount(), settings.classifierRuns(), seed);
        if (settings.networkHidden() > 0 && !vectors.isEmpty()) {
            AveragingNetwork network = NetworkTraining.train(examples, labels.stream().mapToInt(Technique::ordinal).toArray(),
                    TechniqueClassifier.K, vectors, List.of(SpanFeatures.WORD, SpanFeatures.CONTEXT), NETWORK_EXTRAS,
                    new AveragingNetwork.Settings(settings.networkHidden(), settings.networkEpochs(), NETWORK_RATE, NETWORK_L2,
                            NETWORK_DROPOUT), seed);
            classifier = classifier.withNetwork(network, (float) settings.networkWeight());
        }
        // Design decision: the stack's inner folds train four taggers on three quarters of the articles
        // each; their mean with the tagger of all articles decodes better than that one alone (a bagged
        // ensemble at no extra training, one model's size and speed).
        List<SpanTagger> members = new ArrayList<>();
        members.add(tagger(articles, settings, seed));
        SentenceStack stack = SentenceStack.train(articles, settings, seed,
                settings.sentenceVectorWeight() > 0 ? vectors : Map.of(), (train, inner) -> {
                    SpanTagger t = tagger(train, settings, seed);
                    members.add(t);
                    return t;
                });
        return new TechniqueModel(SpanTagger.average(members).withOutsideBias(settings.outsideBias()), stack,
                settings.sentenceWeight(), classifier);
    }

    static SentenceScorer sentences(List<LabelledArticle> articles, Settings settings, long seed,
                                            Map<String, float[]> vectors) {
        List<String[]> examples = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (LabelledArticle a : articles) {
            ArticleWords words = new ArticleWords(a.text(), a.sentences());
            List<TextSpan> merged = merge(a.spans());
            for (Sentence s : a.sentences()) {
                examples.add(SentenceScorer.features(s, words));
                labels.add(merged.stream().anyMatch(g -> g.overlaps(s.span())));
            }
        }
        boolean[] positive = new boolean[labels.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = labels.get(i);
        }
        SentenceScorer scorer = SentenceScorer.train(examples, positive, vectors, settings.sentenceVectorWeight(),
                settings.sentenceEpochs(), settings.l2(), settings.minCount(), seed);
        if (settings.networkHidden() > 0 && settings.sentenceNetworkWeight() > 0 && !vectors.isEmpty()) {
            int[] y = new int[positive.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = positive[i] ? 1 : 0;
            }
            AveragingNetwork n = NetworkTraining.train(examples, y, 2, vectors, List.of(SentenceScorer.WORD), List.of(),
                    new AveragingNetwork.Settings(settings.networkHidden(), settings.sentenceNetworkEpochs(),
                            NETWORK_RATE, NETWORK_L2, NETWORK_DROPOUT), seed);
            scorer = scorer.withNetwork(n, (float) settings.sentenceNetworkWeight());
        }
        return scorer;
    }

    static SpanTagger tagger(List<LabelledArticle> articles, Settings settings, long seed) {
        FeatureIndex.Counter counter = new FeatureIndex.Counter();
        for (LabelledArticle a : articles) {
            ArticleWords words = new ArticleWords(a.text(), a.sentences());
            for (Sentence s : a.sentences()) {
                for (String[] token : TokenFeatures.of(s, words)) {
                    counter.add(token);
                }
            }
        }
        FeatureIndex index = counter.build(settings.minCount());
        List<int[][]> data = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (LabelledArticle a : articles) {
            ArticleWords words = new ArticleWords(a.text(), a.sentences());
            List<TextSpan> merged = merge(a.spans());
            for (Sentence s : a.sentences()) {
                String[][] feats = TokenFeatures.of(s, words);
                int[][] ids = new int[feats.length][];
                for (int i = 0; i < feats.length; i++) {
                    ids[i] = index.ids(feats[i]);
                }
                data.add(ids);
                gold.add(tags(s.tokens(), merged));
            }
        }
        return SpanTagger.train(index, data.toArray(int[][][]::new), gold, settings.taggerEpochs(), seed);
    }

    /**
     * The words the table will know: every word of a training fragment, and every word the training
     * articles use at least {@code minCount} times (so a fragment at inference finds more of its words
     * than the training fragments held; their scores come through the shared projection).
     */
    static Set<String> vocabulary(List<LabelledArticle> articles, List<String[]> examples, int minCount) {
        Set<String> out = new TreeSet<>();
        for (String[] e : examples) {
            out.addAll(List.of(WordTable.bag(e, SpanFeatures.WORD)));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledArticle a : articles) {
            for (Sentence s : a.sentences()) {
                for (Token t : s.tokens()) {
                    counts.merge(t.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        counts.forEach((w, c) -> {
            if (c >= minCount && w.chars().anyMatch(Character::isLetter)) {
                out.add(w);
            }
        });
        return out;
    }

    /** Gold tags of a sentence's tokens: a token touching a fragment is in it; a new fragment begins with B. */
    static int[] tags(List<Token> tokens, List<TextSpan> merged) {
        int[] out = new int[tokens.size()];
        int previousFragment = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int fragment = -1;
            for (int k = 0; k < merged.size(); k++) {
                if (merged.get(k).overlaps(tokens.get(i).span())) {
                    fragment = k;
                    break;
                }
            }
            out[i] = fragment < 0 ? SpanTagger.O : fragment == previousFragment ? SpanTagger.I : SpanTagger.B;
            previousFragment = fragment;
        }
        return out;
    }

    /** Overlapping spans merged into one, as the task's scorer merges them; sorted. */
    public static List<TextSpan> merge(List<TextSpan> spans) {
        List<TextSpan> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : sorted) {
            if (!out.isEmpty() && s.start() < out.get(out.size() - 1).end()) {
                out.set(out.size() - 1, out.get(out.size() - 1).union(s));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
