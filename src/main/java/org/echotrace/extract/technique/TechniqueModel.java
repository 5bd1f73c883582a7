package org.echotrace.extract.technique;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained parts in one gzip file: span tagger (the mean of five), sentence model (a scorer and the
 * stack over it, shifting the tagger's outside bias by how likely the sentence is to hold propaganda)
 * and technique classifier (with its averaging network, format version 5). The project ships
 * the one {@code echotrace train techniques} writes, as the class-path resource {@link #RESOURCE}.
 */
public final class TechniqueModel {
    /** Where the shipped model lives on the class path and, under {@code src/main/resources}, in the source tree. */
    public static final String RESOURCE = "org/echotrace/extract/technique/techniques.model.gz";
    private static final int MAGIC = 0x45545450;
    private static final int VERSION = 5;
    private static volatile TechniqueModel shipped;

    final SpanTagger tagger;
    final SentenceStack sentences;
    /** How far one unit of a sentence's log-odds moves the tagger's outside bias. */
    final float sentenceWeight;
    final TechniqueClassifier classifier;

    TechniqueModel(SpanTagger tagger, SentenceStack sentences, float sentenceWeight, TechniqueClassifier classifier) {
        this.tagger = tagger;
        this.sentences = sentences;
        this.sentenceWeight = sentenceWeight;
        this.classifier = classifier;
    }

    /** The model shipped in the jar, read once. */
    public static TechniqueModel shipped() {
        TechniqueModel m = shipped;
        if (m == null) {
            synchronized (TechniqueModel.class) {
                m = shipped;
                if (m == null) {
                    try (InputStream in = TechniqueModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("no technique model " + RESOURCE
                                    + " on the class path; build it with 'echotrace train techniques'");
                        }
                        m = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the technique model " + RESOURCE, e);
                    }
                    shipped = m;
                }
            }
        }
        return m;
    }

    public static TechniqueModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an Echotrace technique model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("technique model version " + version + ", this build reads " + VERSION);
        }
        SpanTagger tagger = SpanTagger.read(in);
        SentenceStack sentences = SentenceStack.read(in);
        float weight = in.readFloat();
        return new TechniqueModel(tagger, sentences, weight, TechniqueClassifier.read(in));
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "techniques", ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp)) {
            write(raw);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        tagger.write(out);
        sentences.write(out);
        out.writeFloat(sentenceWeight);
        classifier.write(out);
        out.flush();
        gz.finish();
    }

    /**
     * The same model with its technique classifier alone, without the averaging network beside it (to
     * measure what that network adds; the sentence scorer keeps its own, so the spans are the same).
     */
    public TechniqueModel withoutNetwork() {
        return new TechniqueModel(tagger, sentences, sentenceWeight, classifier.withNetwork(null, 0f));
    }

    /** The same model decoding with another outside bias (more or fewer fragments). */
    public TechniqueModel withOutsideBias(float bias) {
        return new TechniqueModel(tagger.withOutsideBias(bias), sentences, sentenceWeight, classifier);
    }
}
