package org.echotrace.extract.claim;

import org.echotrace.embed.EmbeddingVocabulary;
import org.echotrace.model.Sentence;
import org.echotrace.model.SpanIndex;
import org.echotrace.model.TextSpan;

import org.echotrace.extract.technique.WordVectors;
import org.echotrace.model.Token;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Trains an {@link AttributionModel} from annotated articles: the cue tagger on every token of
 * every sentence (the label before each token is the tagger's own guess, as when it runs), the
 * content and source sides on every annotated cue that lies in one sentence. Beside its hashed
 * features the tagger reads the frozen MiniLM vectors of the token and its two neighbours, scaled,
 * learnt as dense inputs and folded into per-word scores ({@link CueWordScores}) when it is done.
 *
 * <p>Design decision: the examples are shuffled with the seed before each pass and features are
 * hashed, not numbered in order of appearance, so the same data and seed give the same model byte for byte.
 */
public final class AttributionTrainer {
    /**
     * How to train: passes over the data, the seed of their order, and the scale of the frozen
     * word vectors beside the tagger's features (0: none) with the file their embeddings are cached in.
     */
    public record Options(int epochs, long seed, double wordVectors, int slots, Path vectorCache) {
        public static final long SEED = 20_161_108L;
        public static final int EPOCHS = 12;
        /** The word vectors' scale: 3 scored 0.001 more relation F1 than 1 in cross-validation on PolNeAR train. */
        public static final double WORD_VECTORS = 3.0;
        /** Word-vector slots: the token with the words before and after it (3), not the token alone (1): 0.001 more. */
        public static final int SLOTS = 3;

        /** Without word vectors: only the hashed features. */
        public Options(int epochs, long seed) {
            this(epochs, seed, 0, 1, null);
        }

        public static Options defaults(long seed) {
            return of(EPOCHS, seed);
        }

        /** The shipped settings with the given passes and seed: word vectors cached under the build folder. */
        public static Options of(int epochs, long seed) {
            return new Options(epochs, seed, WORD_VECTORS, SLOTS,
                    Path.of(System.getProperty("echotrace.home", ".")).resolve("target/attribution-cache/word-vectors.bin"));
        }
    }

    private record TokenExample(int[] fixed, int[][] previous, float[][] words, int gold) {
    }

    private record CueExample(int[] feats, int content, int source) {
    }

    private AttributionTrainer() {
    }

    public static AttributionModel train(List<LabelledArticle> data, Options options, PrintStream log) {
        Map<String, float[]> vectors = Map.of();
        if (options.wordVectors() > 0) {
            Set<String> vocabulary = new TreeSet<>(EmbeddingVocabulary.words());
            for (LabelledArticle a : data) {
                for (Sentence s : a.article().sentences()) {
                    for (Token t : s.tokens()) {
                        String word = t.text().toLowerCase(Locale.ROOT);
                        // Words and numbers only: the embedder refuses blank text, and links are noise.
                        if (word.length() <= 25 && word.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '\'')
                                && word.codePoints().anyMatch(Character::isLetter)) {
                            vocabulary.add(word);
                        }
                    }
                }
            }
            log.printf("train attribution: word vectors of %d words%n", vocabulary.size());
            vectors = WordVectors.of(vocabulary, options.vectorCache()).vectors();
        }
        return train(data, options, vectors, log);
    }

    /** With the given frozen word vectors (lower-case word to vector), scaled by the options' factor. */
    static AttributionModel train(List<LabelledArticle> data, Options options, Map<String, float[]> vectors, PrintStream log) {
        return new AttributionTrainer().run(data, options, vectors, log);
    }

    private AttributionModel run(List<LabelledArticle> data, Options options, Map<String, float[]> vectors, PrintStream log) {
        Map<String, float[]> scaled = new HashMap<>();
        int dims = 0;
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            float[] x = e.getValue().clone();
            for (int k = 0; k < x.length; k++) {
                x[k] *= (float) options.wordVectors();
            }
            scaled.put(e.getKey(), x);
            dims = x.length;
        }
        List<TokenExample[]> sentences = new ArrayList<>();
        List<CueExample> cues = new ArrayList<>();
        FeatureHash f = new FeatureHash(AttributionModel.CUE_BITS);
        FeatureHash pf = new FeatureHash(AttributionModel.CUE_BITS);
        FeatureHash cf = new FeatureHash(AttributionModel.SIDE_BITS);
        for (LabelledArticle a : data) {
            String text = a.article().text();
            List<Quotes.Quote> quotes = Quotes.find(text, a.article().clean().bodySegments());
            SpanIndex quoted = Quotes.parts(quotes);
            for (Sentence s : a.article().sentences()) {
                SentenceView v = SentenceView.of(s, quoted);
                Words w = v.words();
                int[] labels = labels(w, a.gold());
                TokenExample[] row = new TokenExample[w.size()];
                for (int i = 0; i < w.size(); i++) {
                    f.clear();
                    AttributionFeatures.token(w, v.inQuote(), i, f);
                    int[][] prev = new int[3][];
                    for (int p = 0; p < 3; p++) {
                        pf.clear();
                        AttributionFeatures.previous(pf, p, w, i);
                        prev[p] = pf.toArray();
                    }
                    row[i] = new TokenExample(f.toArray(), prev, slots(w, i, scaled, options.slots()), labels[i]);
                }
                sentences.add(row);
                for (GoldAttribution g : a.gold()) {
                    cueExample(v, g, cf).ifPresent(cues::add);
                }
            }
        }
        log.printf("train attribution: %d articles, %d sentences, %d cues; 2^%d token feature rows, 2^%d cue feature rows%n",
                data.size(), sentences.size(), cues.size(), AttributionModel.CUE_BITS, AttributionModel.SIDE_BITS);
        Random random = new Random(options.seed());
        AveragedPerceptron tagger = new AveragedPerceptron(1 << AttributionModel.CUE_BITS, 3, dims * options.slots());
        AveragedPerceptron content = new AveragedPerceptron(1 << AttributionModel.SIDE_BITS, 3);
        AveragedPerceptron source = new AveragedPerceptron(1 << AttributionModel.SIDE_BITS, 3);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            java.util.Collections.shuffle(sentences, random);
            java.util.Collections.shuffle(cues, random);
            long wrong = 0;
            long total = 0;
            for (TokenExample[] row : sentences) {
                int prev = AttributionModel.O;
                for (TokenExample t : row) {
                    int[] feats = concat(t.fixed(), t.previous()[prev]);
                    int guess = tagger.learn(feats, t.words(), t.gold());
                    wrong += guess != t.gold() ? 1 : 0;
                    total++;
                    prev = guess;
                }
            }
            long sideWrong = 0;
            for (CueExample c : cues) {
                sideWrong += content.learn(c.feats(), c.content()) != c.content() ? 1 : 0;
                sideWrong += source.learn(c.feats(), c.source()) != c.source() ? 1 : 0;
            }
            log.printf("train attribution: epoch %d, token errors %.4f, side errors %.4f%n", epoch + 1,
                    (double) wrong / Math.max(1, total), sideWrong / Math.max(1.0, 2.0 * cues.size()));
        }
        return new AttributionModel(new AttributionModel.Table(AttributionModel.CUE_BITS, 3, tagger.averaged()),
                new AttributionModel.Table(AttributionModel.SIDE_BITS, 3, content.averaged()),
                new AttributionModel.Table(AttributionModel.SIDE_BITS, 3, source.averaged()),
                dims == 0 ? CueWordScores.NONE : CueWordScores.fold(vectors, tagger.averagedDense(), options.wordVectors(), options.slots(), 3));
    }

    /** Each token's gold label: B where a cue starts, I inside it, O elsewhere. */
    private static int[] labels(Words w, List<GoldAttribution> gold) {
        int[] out = new int[w.size()];
        for (GoldAttribution g : gold) {
            boolean open = false;
            for (int i = 0; i < w.size(); i++) {
                TextSpan t = w.tokens.get(i).span();
                boolean in = g.cue().stream().anyMatch(c -> c.overlaps(t));
                if (in && out[i] == AttributionModel.O) {
                    out[i] = open ? AttributionModel.I : AttributionModel.B;
                }
                open = in;
            }
        }
        return out;
    }

    /** The side decisions of one annotated cue, when its first fragment lies in this sentence. */
    private static Optional<CueExample> cueExample(SentenceView v, GoldAttribution g, FeatureHash f) {
        Words w = v.words();
        TextSpan cue = g.cue().get(0);
        if (!v.words().sentence.span().contains(new TextSpan(cue.start(), cue.start() + 1))) {
            return Optional.empty();
        }
        int from = -1;
        int to = -1;
        for (int i = 0; i < w.size(); i++) {
            if (cue.overlaps(w.tokens.get(i).span())) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        int cs = w.start(from);
        int ce = w.end(to - 1);
        boolean left = g.content().stream().anyMatch(c -> c.start() < cs);
        boolean right = g.content().stream().anyMatch(c -> c.end() > ce);
        int content = left && right ? AttributionModel.BOTH : left ? AttributionModel.LEFT : AttributionModel.RIGHT;
        int source = g.source().map(s -> s.get(0).start() < cs ? AttributionModel.SOURCE_LEFT : AttributionModel.SOURCE_RIGHT)
                .orElse(AttributionModel.NONE);
        f.clear();
        AttributionFeatures.cue(w, v.inQuote(), from, to, f);
        return Optional.of(new CueExample(f.toArray(), content, source));
    }

    /** The scaled vectors of token {@code i}'s slot words (null where a word has none), or null when none has one. */
    private static float[][] slots(Words w, int i, Map<String, float[]> scaled, int slots) {
        if (scaled.isEmpty()) {
            return null;
        }
        float[][] out = new float[slots][];
        for (int slot = 0; slot < slots; slot++) {
            String word = CueWordScores.slotWord(w, i, slot);
            out[slot] = word == null ? null : scaled.get(word);
        }
        return out;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
