package org.echotrace.extract.claim;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each known word's addition to the cue tagger's label scores, learned through frozen word
 * vectors: the tagger was trained with {@code alpha * v_word} of the token and of its neighbours
 * (each a "slot": the token, the word before, the word after) as dense inputs beside its hashed
 * features, so those inputs' weights {@code D} fold into one score per word, slot and label,
 * {@code alpha * v_word . D_slot,label}, and this table ships instead of the vectors. Inference never
 * runs the embedding model; a word the table lacks adds nothing, as a word without a vector did
 * in training.
 *
 * <p>Design decision: the vocabulary is the training articles' words and the embedding model's own
 * whole-word vocabulary, so a cue word never seen in training ("surmised") still scores like its
 * neighbours ("speculated", "guessed") that were.
 */
final class CueWordScores {
    static final CueWordScores NONE = new CueWordScores(new String[0], new float[0], 1, 3);

    private final String[] words;
    private final float[] scores;
    private final int slots;
    private final int labels;
    private final Map<String, Integer> index = new HashMap<>();

    private CueWordScores(String[] words, float[] scores, int slots, int labels) {
        if (scores.length != words.length * slots * labels) {
            throw new IllegalArgumentException(words.length + " words need " + words.length * slots * labels + " scores, not " + scores.length);
        }
        this.words = words;
        this.scores = scores;
        this.slots = slots;
        this.labels = labels;
        for (int i = 0; i < words.length; i++) {
            index.put(words[i], i * slots * labels);
        }
    }

    /**
     * Folds the averaged dense weights {@code d[(slot * dim + k) * labels + label]} of a perceptron
     * over {@code alpha * v} in each of {@code slots} slots into word scores.
     */
    static CueWordScores fold(Map<String, float[]> vectors, float[] d, double alpha, int slots, int labels) {
        Map<String, float[]> sorted = new TreeMap<>(vectors);
        String[] words = sorted.keySet().toArray(String[]::new);
        float[] scores = new float[words.length * slots * labels];
        int i = 0;
        for (float[] v : sorted.values()) {
            for (int slot = 0; slot < slots; slot++) {
                for (int j = 0; j < labels; j++) {
                    double s = 0;
                    for (int k = 0; k < v.length; k++) {
                        s += v[k] * d[(slot * v.length + k) * labels + j];
                    }
                    scores[(i * slots + slot) * labels + j] = (float) (alpha * s);
                }
            }
            i++;
        }
        return new CueWordScores(words, scores, slots, labels);
    }

    /** The mean of several tables of the same slots and labels over the union of their words (a word a table lacks scores 0 there). */
    static CueWordScores mean(List<CueWordScores> tables) {
        CueWordScores first = tables.get(0);
        int per = first.slots * first.labels;
        Map<String, float[]> sum = new TreeMap<>();
        for (CueWordScores t : tables) {
            if (t.slots != first.slots || t.labels != first.labels) {
                throw new IllegalArgumentException("cannot average word tables of " + first.slots + " and " + t.slots + " slots");
            }
            for (int i = 0; i < t.words.length; i++) {
                float[] into = sum.computeIfAbsent(t.words[i], w -> new float[per]);
                for (int j = 0; j < per; j++) {
                    into[j] += t.scores[i * per + j] / tables.size();
                }
            }
        }
        String[] words = sum.keySet().toArray(String[]::new);
        float[] scores = new float[words.length * per];
        int i = 0;
        for (float[] v : sum.values()) {
            System.arraycopy(v, 0, scores, i++ * per, per);
        }
        return new CueWordScores(words, scores, first.slots, first.labels);
    }

    /** The word of each slot of token {@code i}: the token, then the word before and the word after (null past the edges). */
    static String slotWord(Words w, int i, int slot) {
        int k = slot == 0 ? i : slot == 1 ? i - 1 : i + 1;
        return k < 0 || k >= w.size() ? null : w.lower[k];
    }

    /** Token {@code i}'s label scores from its slots' words, in {@code into} (zeroed first); false when no word is known. */
    boolean scores(Words w, int i, float[] into) {
        java.util.Arrays.fill(into, 0f);
        boolean any = false;
        for (int slot = 0; slot < slots; slot++) {
            String word = slotWord(w, i, slot);
            Integer at = word == null ? null : index.get(word);
            if (at != null) {
                any = true;
                for (int j = 0; j < labels; j++) {
                    into[j] += scores[at + slot * labels + j];
                }
            }
        }
        return any;
    }

    int size() {
        return words.length;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(labels);
        out.writeInt(slots);
        out.writeInt(words.length);
        int per = slots * labels;
        for (int i = 0; i < words.length; i++) {
            out.writeUTF(words[i]);
            for (int j = 0; j < per; j++) {
                out.writeShort(Float.floatToFloat16(scores[i * per + j]));
            }
        }
    }

    static CueWordScores read(DataInputStream in) throws IOException {
        int labels = in.readInt();
        int slots = in.readInt();
        int n = in.readInt();
        if (labels < 2 || labels > 16 || slots < 1 || slots > 3 || n < 0 || n > 10_000_000) {
            throw new IOException("a corrupt attribution model word table (" + labels + " labels, " + slots + " slots, " + n + " words)");
        }
        String[] words = new String[n];
        int per = slots * labels;
        float[] scores = new float[n * per];
        for (int i = 0; i < n; i++) {
            words[i] = in.readUTF();
            for (int j = 0; j < per; j++) {
                scores[i * per + j] = Float.float16ToFloat(in.readShort());
            }
        }
        return new CueWordScores(words, scores, slots, labels);
    }
}
