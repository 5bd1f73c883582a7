package org.echotrace.extract.claim;

import org.echotrace.model.TextSpan;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The last say on each candidate relation: a logistic model over {@link RelationFeatures}, which
 * keeps a relation when its probability of being one an annotator marked reaches the threshold.
 * The cue tagger may be run with a bias towards starting cues, so that this scorer has more to
 * choose from than the tagger alone would give.
 *
 * <p>Design decision: learned on candidates the rules and a model trained <em>without</em> their
 * article produced (cross-validation folds of the training split), never on the training articles'
 * own output, where the tagger is far surer and far more often right than on new text.
 */
public final class RelationScorer {
    static final int BITS = 18;
    /**
     * Passes of its training, the bias towards starting cues and the probability it keeps a
     * relation from, all chosen on cross-validation folds of PolNeAR train (docs/attribution.md).
     * No bias: a bias of 16 (more candidates for the scorer to choose from) scored 0.0014 more,
     * within the folds' noise, and added spurious relations to the seeds.
     */
    public static final int EPOCHS = 3;
    public static final double BIAS = 0;
    public static final double THRESHOLD = 0.35;
    /** The step size of AdaGrad and the L2 penalty: 3 passes at 1e-3 scored 0.004 more than 8 at 1e-4, which fits the candidates too closely. */
    private static final double RATE = 0.1;
    private static final double L2 = 1e-3;
    /** Keeps every candidate: the model before the scorer existed. */
    public static final RelationScorer NONE = new RelationScorer(0, new float[0], 0, 0);

    /** One candidate's features and whether a gold relation matches it (cue and content overlapping). */
    record Example(int[] feats, boolean right) {
    }

    /** The candidates of one article as training examples; opaque outside this package. */
    public static final class Examples {
        final List<Example> items;

        Examples(List<Example> items) {
            this.items = List.copyOf(items);
        }

        public int size() {
            return items.size();
        }
    }

    private final int bits;
    private final float[] weights;
    private final double threshold;
    private final double bias;

    RelationScorer(int bits, float[] weights, double threshold, double bias) {
        this.bits = bits;
        this.weights = weights;
        this.threshold = threshold;
        this.bias = bias;
    }

    boolean active() {
        return weights.length > 0;
    }

    /** The bias added to the tagger's score for starting a cue when candidates are made for this scorer. */
    public double bias() {
        return bias;
    }

    public double threshold() {
        return threshold;
    }

    /** The same weights keeping relations from another threshold on. */
    public RelationScorer withThreshold(double t) {
        return new RelationScorer(bits, weights, t, bias);
    }

    double probability(int[] feats, int n) {
        double z = 0;
        for (int k = 0; k < n; k++) {
            z += weights[feats[k]];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The candidates it keeps, in their order. */
    List<Found> sift(List<Candidate> candidates, List<SentenceView> views) {
        List<Found> out = new ArrayList<>(candidates.size());
        FeatureHash f = new FeatureHash(bits);
        Neighbours others = active() ? new Neighbours(candidates) : null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (!active() || c.found().sentence() >= views.size()) {
                out.add(c.found());
                continue;
            }
            f.clear();
            RelationFeatures.of(c, i, others, views.get(c.found().sentence()), f);
            if (probability(f.ids(), f.size()) >= threshold) {
                out.add(c.found());
            }
        }
        return out;
    }

    /** Each candidate as an example: right when a gold relation's cue and content both overlap its own. */
    static Examples examples(List<Candidate> candidates, List<SentenceView> views, List<GoldAttribution> gold) {
        List<Example> out = new ArrayList<>();
        FeatureHash f = new FeatureHash(BITS);
        Neighbours others = new Neighbours(candidates);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.found().sentence() >= views.size()) {
                continue;
            }
            f.clear();
            RelationFeatures.of(c, i, others, views.get(c.found().sentence()), f);
            boolean right = false;
            for (GoldAttribution g : gold) {
                right |= overlaps(g.cue(), List.of(c.found().cue())) && overlaps(g.content(), c.found().content());
            }
            out.add(new Example(f.toArray(), right));
        }
        return new Examples(out);
    }

    private static boolean overlaps(List<TextSpan> a, List<TextSpan> b) {
        for (TextSpan x : a) {
            for (TextSpan y : b) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Logistic regression by stochastic gradient with per-weight step sizes (AdaGrad), the examples
     * shuffled with the seed before each pass, so the same examples and seed give the same weights.
     */
    public static RelationScorer train(List<Examples> articles, int epochs, long seed, double threshold, double bias) {
        List<Example> all = new ArrayList<>();
        for (Examples a : articles) {
            all.addAll(a.items);
        }
        float[] w = new float[1 << BITS];
        double[] g2 = new double[1 << BITS];
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(all, random);
            for (Example e : all) {
                double z = 0;
                for (int id : e.feats()) {
                    z += w[id];
                }
                double p = 1 / (1 + Math.exp(-z));
                double grad = p - (e.right() ? 1 : 0);
                for (int id : e.feats()) {
                    double gi = grad + L2 * w[id];
                    g2[id] += gi * gi;
                    w[id] -= (float) (RATE * gi / Math.sqrt(g2[id] + 1e-8));
                }
            }
        }
        return new RelationScorer(BITS, w, threshold, bias);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeBoolean(active());
        if (!active()) {
            return;
        }
        out.writeInt(bits);
        out.writeDouble(threshold);
        out.writeDouble(bias);
        int n = 0;
        for (float x : weights) {
            n += x != 0 ? 1 : 0;
        }
        out.writeInt(n);
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                out.writeInt(i);
                out.writeFloat(weights[i]);
            }
        }
    }

    static RelationScorer read(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return NONE;
        }
        int bits = in.readInt();
        double threshold = in.readDouble();
        double bias = in.readDouble();
        int n = in.readInt();
        if (bits < 4 || bits > 24 || n < 0 || n > 1 << bits || !(threshold >= 0 && threshold <= 1) || !Double.isFinite(bias)) {
            throw new IOException("a corrupt relation scorer (2^" + bits + " rows, " + n + " kept, threshold " + threshold + ")");
        }
        float[] w = new float[1 << bits];
        for (int k = 0; k < n; k++) {
            int i = in.readInt();
            if (i < 0 || i >= w.length) {
                throw new IOException("a corrupt relation scorer (row " + i + " of 2^" + bits + ")");
            }
            w[i] = in.readFloat();
        }
        return new RelationScorer(bits, w, threshold, bias);
    }
}
