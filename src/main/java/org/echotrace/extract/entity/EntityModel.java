package org.echotrace.extract.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear-chain tagger: sparse weights per (feature, label), label-to-label transition
 * weights, Viterbi decoding under the BILOU constraints, and per-token confidences from
 * forward-backward over the same scores. Immutable and thread-safe.
 *
 * <p>Design decision: weights are stored as half-precision floats and only where non-zero, in
 * feature-name order, so the file is small (a few MB) and the same training run writes the same bytes.
 */
public final class EntityModel {
    static final String RESOURCE = "/org/echotrace/extract/entity/ner-model.bin.gz";
    private static final String MAGIC = "echotrace-ner 2";

    private final FeatureIndex index;
    private final int features;
    private final int[] start;
    private final byte[] labels;
    private final float[] weights;
    final float[][] transitions;
    final WordClusters clusters;
    private static final int CACHED = 100_000;
    private final Map<String, float[]> wordScores = new java.util.concurrent.ConcurrentHashMap<>();

    EntityModel(Map<String, Integer> index, int[] start, byte[] labels, float[] weights, float[][] transitions,
                WordClusters clusters) {
        this.clusters = clusters;
        this.index = new FeatureIndex(index);
        this.features = index.size();
        this.start = start;
        this.labels = labels;
        this.weights = weights;
        this.transitions = transitions;
    }

    /** The model shipped in the jar (trained by {@code echotrace train entities}). */
    public static EntityModel bundled() {
        try (InputStream in = EntityModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no entity model on the class path at " + RESOURCE
                        + "; build it with: echotrace train entities --data ../shared/data");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the entity model at " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static EntityModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static EntityModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not an entity model (expected header \"" + MAGIC + "\")");
        }
        int l = in.readInt();
        if (l != Labels.COUNT) {
            throw new IOException("model has " + l + " labels, this build expects " + Labels.COUNT);
        }
        float[][] trans = new float[l + 1][l];
        for (float[] row : trans) {
            for (int j = 0; j < l; j++) {
                row[j] = in.readFloat();
            }
        }
        int n = in.readInt();
        int total = in.readInt();
        Map<String, Integer> index = new HashMap<>(n * 2);
        int[] start = new int[n + 1];
        byte[] labels = new byte[total];
        float[] weights = new float[total];
        int at = 0;
        for (int f = 0; f < n; f++) {
            index.put(in.readUTF(), f);
            start[f] = at;
            int k = in.readUnsignedByte();
            for (int j = 0; j < k; j++) {
                labels[at] = in.readByte();
                weights[at] = Float.float16ToFloat(in.readShort());
                at++;
            }
        }
        start[n] = at;
        return new EntityModel(index, start, labels, weights, trans, WordClusters.read(in));
    }

    /** Writes the model; {@code names} are the feature names by id, {@code dense} the weights [feature][label]. */
    static void write(Path file, List<String> names, float[] dense, float[][] transitions, WordClusters clusters)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os), 1 << 16))) {
            out.writeUTF(MAGIC);
            int l = Labels.COUNT;
            out.writeInt(l);
            for (float[] row : transitions) {
                for (float v : row) {
                    out.writeFloat(v);
                }
            }
            int kept = 0;
            int total = 0;
            for (int f = 0; f < names.size(); f++) {
                int k = nonZero(dense, f);
                if (k > 0) {
                    kept++;
                    total += k;
                }
            }
            out.writeInt(kept);
            out.writeInt(total);
            for (int f = 0; f < names.size(); f++) {
                int k = nonZero(dense, f);
                if (k == 0) {
                    continue;
                }
                out.writeUTF(names.get(f));
                out.writeByte(k);
                for (int j = 0; j < l; j++) {
                    short h = Float.floatToFloat16(dense[f * l + j]);
                    if (h != 0) {
                        out.writeByte(j);
                        out.writeShort(h);
                    }
                }
            }
            clusters.write(out);
        }
    }

    private static int nonZero(float[] dense, int f) {
        int k = 0;
        for (int j = 0; j < Labels.COUNT; j++) {
            short h = Float.floatToFloat16(dense[f * Labels.COUNT + j]);
            if (h != 0 && h != (short) 0x8000) {
                k++;
            }
        }
        return k;
    }

    public int features() {
        return features;
    }

    /** The features of a sentence's tokens, with this model's word classes. */
    TokenFeatures features(List<String> words, List<String> pos, DocumentContext doc) {
        return new TokenFeatures(words, pos, doc, clusters);
    }

    /**
     * Label scores of each token of a sentence. The scores of a word's own features are kept per
     * word (up to {@link #CACHED} words): looking up a feature costs more than adding its weights,
     * and a word's own features are a third of all.
     */
    float[][] emissions(TokenFeatures tokens) {
        int n = tokens.size();
        float[][] out = new float[n][Labels.COUNT];
        for (int i = 0; i < n; i++) {
            float[] row = out[i];
            String word = tokens.word(i);
            float[] own = wordScores.get(word);
            if (own == null) {
                float[] fresh = new float[Labels.COUNT];
                tokens.emitWord(i, name -> add(name, fresh));
                own = fresh;
                if (wordScores.size() < CACHED) {
                    wordScores.put(word, fresh);
                }
            }
            System.arraycopy(own, 0, row, 0, Labels.COUNT);
            tokens.emitContext(i, name -> add(name, row));
        }
        return out;
    }

    private void add(String name, float[] row) {
        int f = index.get(name);
        if (f >= 0) {
            for (int at = start[f]; at < start[f + 1]; at++) {
                row[labels[at]] += weights[at];
            }
        }
    }

    /** The best label sequence, and each token's posterior confidence in its label. */
    Decoded decode(TokenFeatures tokens) {
        float[][] e = emissions(tokens);
        int[] best = Viterbi.best(e, transitions);
        return new Decoded(best, Viterbi.confidence(e, transitions, best));
    }

    record Decoded(int[] labels, double[] confidence) {
    }
}
