package org.echotrace.extract.claim;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned part of attribution, trained on PolNeAR by {@code echotrace train attribution}:
 * a cue tagger (each token outside, beginning or inside a cue, read left to right) and two
 * decisions per cue, the side of its content and the side of its source. Immutable, thread-safe.
 */
public final class AttributionModel {
    static final String RESOURCE = "/org/echotrace/extract/claim/attribution-model.bin.gz";
    private static final String MAGIC = "echotrace-attribution-1";
    static final int O = 0;
    static final int B = 1;
    static final int I = 2;

    /** Where a cue's content or source lies: content RIGHT/LEFT/BOTH; source NONE/LEFT/RIGHT. */
    static final int RIGHT = 0;
    static final int LEFT = 1;
    static final int BOTH = 2;
    static final int NONE = 0;
    static final int SOURCE_LEFT = 1;
    static final int SOURCE_RIGHT = 2;

    /** One decision's weights: feature names to rows of {@code labels} weights. */
    record Table(Map<String, Integer> index, int labels, float[] weights) {
        int[] ids(List<String> features) {
            int[] out = new int[features.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = index.getOrDefault(features.get(k), -1);
            }
            return out;
        }

        int best(List<String> features) {
            return AveragedPerceptron.best(weights, labels, ids(features));
        }
    }

    private static volatile AttributionModel bundled;

    private final Table cues;
    private final Table content;
    private final Table source;

    AttributionModel(Table cues, Table content, Table source) {
        this.cues = cues;
        this.content = content;
        this.source = source;
    }

    /** The model shipped in the jar, read once. */
    public static AttributionModel bundled() {
        AttributionModel m = bundled;
        if (m == null) {
            synchronized (AttributionModel.class) {
                if (bundled == null) {
                    try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("no attribution model on the class path at " + RESOURCE
                                    + "; build it with: echotrace train attribution --data ../shared/data/polnear");
                        }
                        bundled = read(in);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read the attribution model at " + RESOURCE + ": " + e.getMessage(), e);
                    }
                }
                m = bundled;
            }
        }
        return m;
    }

    /** The cues of a sentence as token ranges {@code [from, to)}, decoded greedily left to right. */
    List<int[]> cues(Words w, boolean[] inQuote) {
        List<int[]> out = new ArrayList<>();
        List<String> f = new ArrayList<>(48);
        int prev = O;
        int from = -1;
        for (int i = 0; i < w.size(); i++) {
            f.clear();
            AttributionFeatures.token(w, inQuote, i, f);
            addPrevious(f, prev, w, i);
            int label = cues.best(f);
            if (label == I && prev == O) {
                label = B;
            }
            if (from >= 0 && label != I) {
                out.add(new int[] {from, i});
                from = -1;
            }
            if (label == B) {
                from = i;
            }
            prev = label;
        }
        if (from >= 0) {
            out.add(new int[] {from, w.size()});
        }
        return out;
    }

    int contentSide(Words w, boolean[] inQuote, int from, int to) {
        List<String> f = new ArrayList<>(48);
        AttributionFeatures.cue(w, inQuote, from, to, f);
        return content.best(f);
    }

    int sourceSide(Words w, boolean[] inQuote, int from, int to) {
        List<String> f = new ArrayList<>(48);
        AttributionFeatures.cue(w, inQuote, from, to, f);
        return source.best(f);
    }

    /** The label-dependent features of token {@code i}: the label before it, alone and with the word. */
    static void addPrevious(List<String> f, int prev, Words w, int i) {
        f.add("pl=" + prev);
        f.add("pl=" + prev + "|" + AttributionFeatures.lemma(w.lower[i]));
        f.add("pl=" + prev + "|" + w.pos[i]);
    }

    public static AttributionModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static AttributionModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not an attribution model (expected header \"" + MAGIC + "\")");
        }
        return new AttributionModel(readTable(in), readTable(in), readTable(in));
    }

    private static Table readTable(DataInputStream in) throws IOException {
        int labels = in.readInt();
        int n = in.readInt();
        Map<String, Integer> index = new HashMap<>(n * 2);
        float[] w = new float[n * labels];
        for (int f = 0; f < n; f++) {
            index.put(in.readUTF(), f);
            for (int j = 0; j < labels; j++) {
                w[f * labels + j] = Float.float16ToFloat(in.readShort());
            }
        }
        return new Table(index, labels, w);
    }

    /** Writes the model, leaving out features whose weights all round to nothing; returns the features kept. */
    public int write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        int kept = 0;
        try (OutputStream os = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os), 1 << 16))) {
            out.writeUTF(MAGIC);
            for (Table t : List.of(cues, content, source)) {
                kept += writeTable(out, t);
            }
        }
        return kept;
    }

    private static int writeTable(DataOutputStream out, Table t) throws IOException {
        List<String> names = new ArrayList<>(t.index().keySet());
        names.sort(null);
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            int f = t.index().get(name);
            for (int j = 0; j < t.labels(); j++) {
                if (Math.abs(t.weights()[f * t.labels() + j]) >= 0.05f) {
                    kept.add(name);
                    break;
                }
            }
        }
        out.writeInt(t.labels());
        out.writeInt(kept.size());
        for (String name : kept) {
            out.writeUTF(name);
            int f = t.index().get(name);
            for (int j = 0; j < t.labels(); j++) {
                out.writeShort(Float.floatToFloat16(t.weights()[f * t.labels() + j]));
            }
        }
        return kept.size();
    }
}
