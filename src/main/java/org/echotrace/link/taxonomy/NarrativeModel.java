package org.echotrace.link.taxonomy;

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
import org.echotrace.embed.SentenceEmbedder;

/**
 * A trained labeller: the taxonomy labels it has classifiers for, its feature space, the
 * classifiers' weights, the decision thresholds and the zero-shot calibration.
 *
 * <p>Stored as gzip of a small binary layout with the weights as 16-bit floats (the shipped English
 * model is then about 2 MB); it names the embedding model it was trained on, and loading it with
 * another is refused.
 */
public record NarrativeModel(List<String> labels, FeatureSpace space, OneVsRestLogistic.Fit fit, Thresholds thresholds,
                             ZeroShotCalibration zeroShot) {
    private static final String MAGIC = "echotrace-narrative-model-1";
    /** The model trained by {@code echotrace train narratives} on SemEval-2025 Task 10 English. */
    public static final String SHIPPED = "/org/echotrace/link/taxonomy/semeval2025-task10-en.model.gz";

    public NarrativeModel {
        labels = List.copyOf(labels);
        if (fit.weights().length != labels.size()) {
            throw new IllegalArgumentException(labels.size() + " labels but " + fit.weights().length + " classifiers");
        }
    }

    /**
     * The taxonomy of the entries this model has classifiers for, rebuilt from their labels (a
     * sub-narrative's label starts with its narrative's and {@code ": "}): what the labeller uses
     * when the analyst brings no taxonomy of their own.
     */
    public Taxonomy taxonomy() {
        List<TaxonomyEntry> narratives = new ArrayList<>();
        List<TaxonomyEntry> subs = new ArrayList<>();
        for (String l : labels) {
            String parent = null;
            for (String m : labels) {
                if (l.startsWith(m + ": ") && (parent == null || m.length() > parent.length())) {
                    parent = m;
                }
            }
            (parent == null ? narratives : subs).add(new TaxonomyEntry(l, java.util.Optional.ofNullable(parent), l));
        }
        return new Taxonomy(narratives, subs);
    }

    public static NarrativeModel shipped() {
        try (InputStream in = NarrativeModel.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped narrative model " + SHIPPED + " is missing from the jar");
            }
            return read(in, SHIPPED);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped narrative model: " + e.getMessage(), e);
        }
    }

    public static NarrativeModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
            out.writeUTF(MAGIC);
            out.writeUTF(SentenceEmbedder.MODEL);
            writeStrings(out, labels);
            writeStrings(out, space.vocabulary().terms());
            halves(out, space.vocabulary().idf());
            out.writeInt(space.descriptions().size());
            for (float[] d : space.descriptions()) {
                halves(out, d);
            }
            doubles(out, space.simMean());
            doubles(out, space.simSd());
            out.writeFloat(space.embeddingWeight());
            out.writeFloat(space.similarityWeight());
            out.writeFloat(space.lexicalWeight());
            out.writeInt(fit.weights().length);
            for (float[] w : fit.weights()) {
                halves(out, w);
            }
            halves(out, fit.bias());
            doubles(out, new double[] {thresholds.narrative(), thresholds.subNarrative(), thresholds.fallback()});
            doubles(out, new double[] {zeroShot.a(), zeroShot.b(), zeroShot.c()});
        }
    }

    private static NarrativeModel read(InputStream raw, String name) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        try {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException(name + ": not an echotrace narrative model");
            }
            String embedder = in.readUTF();
            if (!embedder.equals(SentenceEmbedder.MODEL)) {
                throw new IOException(name + ": trained on embeddings of " + embedder + ", not " + SentenceEmbedder.MODEL);
            }
            List<String> labels = readStrings(in);
            List<String> terms = readStrings(in);
            LexicalVocabulary vocabulary = new LexicalVocabulary(terms, halves(in));
            int nd = in.readInt();
            List<float[]> descriptions = new ArrayList<>();
            for (int i = 0; i < nd; i++) {
                descriptions.add(halves(in));
            }
            FeatureSpace space = new FeatureSpace(vocabulary, descriptions, doubles(in), doubles(in),
                    in.readFloat(), in.readFloat(), in.readFloat());
            int nw = in.readInt();
            float[][] w = new float[nw][];
            for (int i = 0; i < nw; i++) {
                w[i] = halves(in);
            }
            OneVsRestLogistic.Fit fit = new OneVsRestLogistic.Fit(w, halves(in));
            double[] t = doubles(in);
            double[] z = doubles(in);
            return new NarrativeModel(labels, space, fit, new Thresholds(t[0], t[1], t[2]),
                    new ZeroShotCalibration(z[0], z[1], z[2]));
        } catch (java.io.EOFException | IllegalArgumentException e) {
            throw new IOException(name + ": truncated or inconsistent narrative model (" + e.getMessage() + ")", e);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> s) throws IOException {
        out.writeInt(s.size());
        for (String x : s) {
            out.writeUTF(x);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return out;
    }

    private static void halves(DataOutputStream out, float[] v) throws IOException {
        out.writeInt(v.length);
        for (float x : v) {
            out.writeShort(Float.floatToFloat16(x));
        }
    }

    private static float[] halves(DataInputStream in) throws IOException {
        float[] v = new float[in.readInt()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Float.float16ToFloat(in.readShort());
        }
        return v;
    }

    private static void doubles(DataOutputStream out, double[] v) throws IOException {
        out.writeInt(v.length);
        for (double x : v) {
            out.writeDouble(x);
        }
    }

    private static double[] doubles(DataInputStream in) throws IOException {
        double[] v = new double[in.readInt()];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readDouble();
        }
        return v;
    }
}
