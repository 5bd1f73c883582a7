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
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned part of attribution, trained on PolNeAR by {@code echotrace train attribution}:
 * a cue tagger (each token outside, beginning or inside a cue, read left to right) and two
 * decisions per cue, the side of its content and the side of its source. Immutable, thread-safe.
 */
public final class AttributionModel {
    static final String RESOURCE = "/org/echotrace/extract/claim/attribution-model.bin.gz";
    private static final String MAGIC = "echotrace-attribution-4";
    /** The previous formats, without the relation scorer or the word table: still read. */
    private static final String WITHOUT_SCORER = "echotrace-attribution-3";
    private static final String WITHOUT_WORDS = "echotrace-attribution-2";
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

    /** Rows of the hashed weight tables: the cue tagger's, and the two cue decisions'. */
    static final int CUE_BITS = 21;
    static final int SIDE_BITS = 16;

    /** One decision's weights: {@code 2^bits} hashed feature rows of {@code labels} weights. */
    record Table(int bits, int labels, float[] weights) {
        Table {
            if (weights.length != (labels << bits)) {
                throw new IllegalArgumentException("a table of 2^" + bits + " rows of " + labels + " weights needs "
                        + (labels << bits) + " weights, not " + weights.length);
            }
        }

        int best(FeatureHash f) {
            return AveragedPerceptron.best(weights, labels, f.ids(), f.size());
        }

        /** Each label's score into {@code into}, raised by {@code extra[label]} when {@code extra} is given. */
        void scores(FeatureHash f, float[] extra, double[] into) {
            int[] ids = f.ids();
            for (int j = 0; j < labels; j++) {
                double v = extra == null ? 0 : extra[j];
                for (int k = 0; k < f.size(); k++) {
                    if (ids[k] >= 0) {
                        v += weights[ids[k] * labels + j];
                    }
                }
                into[j] = v;
            }
        }
    }

    private static volatile AttributionModel bundled;

    private final Table cues;
    private final Table content;
    private final Table source;
    private final CueWordScores words;
    private final RelationScorer scorer;

    AttributionModel(Table cues, Table content, Table source) {
        this(cues, content, source, CueWordScores.NONE);
    }

    AttributionModel(Table cues, Table content, Table source, CueWordScores words) {
        this(cues, content, source, words, RelationScorer.NONE);
    }

    private AttributionModel(Table cues, Table content, Table source, CueWordScores words, RelationScorer scorer) {
        this.cues = cues;
        this.content = content;
        this.source = source;
        this.words = words;
        this.scorer = scorer;
    }

    /**
     * The mean of several models trained alike (the same tables and word-table slots): every weight
     * and word score averaged, a word a model lacks counted as 0 in it, as it scores there. The models
     * are linear in their weights, so this is the mean of their scores, one model's size and speed: a
     * bagged ensemble. Without a relation scorer; give it one with {@link #withScorer}.
     */
    public static AttributionModel mean(List<AttributionModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models to average");
        }
        return new AttributionModel(meanTable(models.stream().map(m -> m.cues).toList()),
                meanTable(models.stream().map(m -> m.content).toList()),
                meanTable(models.stream().map(m -> m.source).toList()),
                CueWordScores.mean(models.stream().map(m -> m.words).toList()));
    }

    private static Table meanTable(List<Table> tables) {
        Table first = tables.get(0);
        float[] sum = new float[first.weights().length];
        for (Table t : tables) {
            if (t.bits() != first.bits() || t.labels() != first.labels()) {
                throw new IllegalArgumentException("cannot average tables of 2^" + first.bits() + " and 2^" + t.bits() + " rows");
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] += t.weights()[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= tables.size();
        }
        return new Table(first.bits(), first.labels(), sum);
    }

    /** The same model with a relation scorer to sift its candidate relations. */
    public AttributionModel withScorer(RelationScorer s) {
        return new AttributionModel(cues, content, source, words, s);
    }

    /** The relation scorer, or one that keeps every candidate. */
    public RelationScorer scorer() {
        return scorer;
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
        return tag(w, inQuote, 0, null);
    }

    /**
     * As {@link #cues(Words, boolean[])} with {@code bias} added to every token's score for starting
     * a cue (more cues, for a relation scorer to sift), writing into {@code margins} (when given)
     * each token's best cue score (B or I) less its O score, as the tagger saw it.
     */
    List<int[]> tag(Words w, boolean[] inQuote, double bias, float[] margins) {
        List<int[]> out = new ArrayList<>();
        FeatureHash f = new FeatureHash(cues.bits());
        float[] extra = new float[3];
        double[] s = new double[3];
        int prev = O;
        int from = -1;
        for (int i = 0; i < w.size(); i++) {
            f.clear();
            AttributionFeatures.token(w, inQuote, i, f);
            AttributionFeatures.previous(f, prev, w, i);
            boolean known = words.scores(w, i, extra);
            cues.scores(f, known ? extra : null, s);
            s[B] += bias;
            int label = s[B] > s[O] ? (s[I] > s[B] ? I : B) : s[I] > s[O] ? I : O;
            if (margins != null) {
                margins[i] = (float) (Math.max(s[B], s[I]) - s[O]);
            }
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
        FeatureHash f = new FeatureHash(content.bits());
        AttributionFeatures.cue(w, inQuote, from, to, f);
        return content.best(f);
    }

    int sourceSide(Words w, boolean[] inQuote, int from, int to) {
        FeatureHash f = new FeatureHash(source.bits());
        AttributionFeatures.cue(w, inQuote, from, to, f);
        return source.best(f);
    }

    public static AttributionModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static AttributionModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        String magic = in.readUTF();
        if (!MAGIC.equals(magic) && !WITHOUT_SCORER.equals(magic) && !WITHOUT_WORDS.equals(magic)) {
            throw new IOException("not an attribution model (expected header \"" + MAGIC + "\")");
        }
        Table cues = readTable(in);
        Table content = readTable(in);
        Table source = readTable(in);
        CueWordScores words = WITHOUT_WORDS.equals(magic) ? CueWordScores.NONE : CueWordScores.read(in);
        return new AttributionModel(cues, content, source, words, MAGIC.equals(magic) ? RelationScorer.read(in) : RelationScorer.NONE);
    }

    private static Table readTable(DataInputStream in) throws IOException {
        int labels = in.readInt();
        int bits = in.readInt();
        int n = in.readInt();
        if (labels < 2 || labels > 16 || bits < 4 || bits > 24 || n < 0 || n > 1 << bits) {
            throw new IOException("a corrupt attribution model table (" + labels + " labels, 2^" + bits + " rows, " + n + " kept)");
        }
        float[] w = new float[labels << bits];
        int row = -1;
        for (int k = 0; k < n; k++) {
            row += readVarint(in);
            if (row >= 1 << bits) {
                throw new IOException("a corrupt attribution model table (row " + row + " of 2^" + bits + ")");
            }
            for (int j = 0; j < labels; j++) {
                w[row * labels + j] = Float.float16ToFloat(in.readShort());
            }
        }
        return new Table(bits, labels, w);
    }

    /** Words with a learned score of their own (folded from word vectors). */
    int words() {
        return words.size();
    }

    /** Writes the model, leaving out rows whose weights all round to nothing; returns the rows kept. */
    public int write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return write(Files.newOutputStream(file));
    }

    /** As {@link #write(Path)}, to a stream, which it closes. */
    int write(OutputStream os) throws IOException {
        int kept = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os), 1 << 16))) {
            out.writeUTF(MAGIC);
            for (Table t : List.of(cues, content, source)) {
                kept += writeTable(out, t);
            }
            words.write(out);
            scorer.write(out);
        }
        return kept;
    }

    private static int writeTable(DataOutputStream out, Table t) throws IOException {
        int labels = t.labels();
        float[] w = t.weights();
        List<Integer> kept = new ArrayList<>();
        for (int row = 0; row < 1 << t.bits(); row++) {
            for (int j = 0; j < labels; j++) {
                if (Math.abs(w[row * labels + j]) >= 0.05f) {
                    kept.add(row);
                    break;
                }
            }
        }
        out.writeInt(labels);
        out.writeInt(t.bits());
        out.writeInt(kept.size());
        int last = -1;
        for (int row : kept) {
            writeVarint(out, row - last);
            last = row;
            for (int j = 0; j < labels; j++) {
                out.writeShort(Float.floatToFloat16(w[row * labels + j]));
            }
        }
        return kept.size();
    }

    /** Row gaps as base-128 varints: most are small, so the file is smaller than with fixed ints. */
    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("a corrupt attribution model (varint too long)");
    }
}
