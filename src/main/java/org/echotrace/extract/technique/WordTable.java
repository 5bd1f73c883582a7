package org.echotrace.extract.technique;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Each known word's contribution to a linear model's outputs, learned through frozen word vectors: a
 * model trained on {@code alpha} times the mean vector of a bag of words adds, for output {@code k},
 * {@code alpha * mean(v_w) . D_k}, which is the mean over the words of {@code alpha * v_w . D_k}. So the
 * projection {@code D} folds into one score per word and output, and the table ships instead of the
 * vectors (a few hundred kilobytes against tens of megabytes, and no embedding at inference).
 *
 * <p>Words of a bag are given as features with a prefix (the span's {@code "u=word"} features);
 * unknown words count in the mean with a zero vector, exactly as they did in training.
 */
final class WordTable {
    private final FeatureIndex words;
    private final float[] scores;
    private final int outputs;
    private final String prefix;

    WordTable(FeatureIndex words, float[] scores, int outputs, String prefix) {
        if (scores.length != words.size() * outputs) {
            throw new IllegalArgumentException("word table of " + words.size() + " words has " + scores.length + " scores");
        }
        this.words = words;
        this.scores = scores;
        this.outputs = outputs;
        this.prefix = prefix;
    }

    /** No words: adds nothing. */
    static WordTable empty(int outputs, String prefix) {
        return new WordTable(FeatureIndex.build(List.of(), 1), new float[0], outputs, prefix);
    }

    /** Folds a trained projection {@code d[dim * outputs + k]} of the word vectors, times {@code alpha}, into scores. */
    static WordTable fold(Map<String, float[]> vectors, float[] d, double alpha, int outputs, String prefix) {
        List<String[]> one = new java.util.ArrayList<>();
        one.add(vectors.keySet().toArray(String[]::new));
        FeatureIndex index = FeatureIndex.build(one, 1);
        float[] scores = new float[index.size() * outputs];
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            int[] id = index.ids(new String[] {e.getKey()});
            float[] v = e.getValue();
            for (int k = 0; k < outputs; k++) {
                double s = 0;
                for (int j = 0; j < v.length; j++) {
                    s += v[j] * d[j * outputs + k];
                }
                scores[id[0] * outputs + k] = (float) (alpha * s);
            }
        }
        return new WordTable(index, scores, outputs, prefix);
    }

    /** The mean, over the features carrying this table's prefix, of their words' scores (zero for unknown words), added to {@code z}. */
    void addMean(double[] z, String[] features) {
        int n = 0;
        String[] bag = new String[features.length];
        for (String f : features) {
            if (f.startsWith(prefix)) {
                bag[n++] = f.substring(prefix.length());
            }
        }
        if (n == 0 || words.size() == 0) {
            return;
        }
        int[] ids = words.ids(java.util.Arrays.copyOf(bag, n));
        for (int id : ids) {
            for (int k = 0; k < outputs; k++) {
                z[k] += scores[id * outputs + k] / n;
            }
        }
    }

    /** The words of a feature set's bag (its features carrying this prefix). */
    static String[] bag(String[] features, String prefix) {
        return java.util.Arrays.stream(features).filter(f -> f.startsWith(prefix)).map(f -> f.substring(prefix.length()))
                .toArray(String[]::new);
    }

    int size() {
        return words.size();
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(prefix);
        out.writeInt(outputs);
        words.write(out);
        Weights.write(out, scores);
    }

    static WordTable read(DataInputStream in) throws IOException {
        String prefix = in.readUTF();
        int outputs = in.readInt();
        FeatureIndex words = FeatureIndex.read(in);
        float[] scores = Weights.read(in);
        if (outputs < 1 || scores.length != words.size() * outputs) {
            throw new IOException("word table scores do not match its " + words.size() + " words");
        }
        return new WordTable(words, scores, outputs, prefix);
    }
}
