package org.echotrace.extract.claim;

import org.echotrace.model.Sentence;
import org.echotrace.model.TextSpan;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Trains an {@link AttributionModel} from annotated articles: the cue tagger on every token of
 * every sentence (the label before each token is the tagger's own guess, as when it runs), the
 * content and source sides on every annotated cue that lies in one sentence.
 *
 * <p>Design decision: the examples are shuffled with the seed before each pass and features are
 * hashed, not numbered in order of appearance, so the same data and seed give the same model byte for byte.
 */
public final class AttributionTrainer {
    /** How to train: passes over the data and the seed of their order. */
    public record Options(int epochs, long seed) {
        public static final long SEED = 20_161_108L;
        public static final int EPOCHS = 12;

        public static Options defaults(long seed) {
            return new Options(EPOCHS, seed);
        }
    }

    private record TokenExample(int[] fixed, int[][] previous, int gold) {
    }

    private record CueExample(int[] feats, int content, int source) {
    }

    private AttributionTrainer() {
    }

    public static AttributionModel train(List<LabelledArticle> data, Options options, PrintStream log) {
        return new AttributionTrainer().run(data, options, log);
    }

    private AttributionModel run(List<LabelledArticle> data, Options options, PrintStream log) {
        List<TokenExample[]> sentences = new ArrayList<>();
        List<CueExample> cues = new ArrayList<>();
        FeatureHash f = new FeatureHash(AttributionModel.CUE_BITS);
        FeatureHash pf = new FeatureHash(AttributionModel.CUE_BITS);
        FeatureHash cf = new FeatureHash(AttributionModel.SIDE_BITS);
        for (LabelledArticle a : data) {
            String text = a.article().text();
            List<Quotes.Quote> quotes = Quotes.find(text, a.article().clean().bodySegments());
            for (Sentence s : a.article().sentences()) {
                SentenceView v = SentenceView.of(s, quotes);
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
                    row[i] = new TokenExample(f.toArray(), prev, labels[i]);
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
        AveragedPerceptron tagger = new AveragedPerceptron(1 << AttributionModel.CUE_BITS, 3);
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
                    int guess = tagger.learn(feats, t.gold());
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
                new AttributionModel.Table(AttributionModel.SIDE_BITS, 3, source.averaged()));
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

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
