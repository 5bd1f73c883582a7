package org.echotrace.extract.technique;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.echotrace.embed.SentenceEmbedder;

/**
 * Frozen MiniLM vectors of single lower-cased words, used only while training: the models learn a
 * projection of them, and what ships is each word's projected score ({@link WordTable}), so inference
 * never runs the embedding model.
 *
 * <p>Design decision: words, not spans. Embedding each found span in context scored 1.3 points more
 * on technique classification in cross-validation, but the tagger finds about 27 spans in an article
 * and MiniLM embeds a few hundred texts a second on two cores: the stage would fall far below its
 * 50 articles/s. Vectors are cached in a file (one per vocabulary, under {@code target/}) so a
 * cross-validation rerun does not embed again.
 */
public final class WordVectors {
    private static final int MAGIC = 0x45545756;
    private final Map<String, float[]> vectors;

    private WordVectors(Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    /** Vectors of {@code words}, from {@code cache} where it has them, else embedded (and the cache rewritten). */
    public static WordVectors of(Collection<String> words, Path cache) {
        Map<String, float[]> known = read(cache);
        List<String> missing = new TreeSet<>(words).stream().filter(w -> !known.containsKey(w)).toList();
        if (!missing.isEmpty()) {
            List<float[]> v = SentenceEmbedder.get().embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                known.put(missing.get(i), v.get(i));
            }
            write(cache, known);
        }
        Map<String, float[]> out = new TreeMap<>();
        for (String w : words) {
            out.put(w, known.get(w));
        }
        return new WordVectors(out);
    }

    /** The cache the training command and cross-validation share, under the build folder. */
    static Path defaultCache() {
        return Path.of(System.getProperty("echotrace.home", ".")).resolve("target/technique-cache/word-vectors.bin");
    }

    public Map<String, float[]> vectors() {
        return vectors;
    }

    private static Map<String, float[]> read(Path cache) {
        Map<String, float[]> out = new TreeMap<>();
        if (cache == null || !Files.isRegularFile(cache)) {
            return out;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
            if (in.readInt() != MAGIC || in.readInt() != SentenceEmbedder.DIMENSION) {
                return out;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String w = in.readUTF();
                float[] v = new float[SentenceEmbedder.DIMENSION];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                out.put(w, v);
            }
        } catch (IOException e) {
            // A damaged cache costs only time: the words are embedded again.
            out.clear();
        }
        return out;
    }

    private static void write(Path cache, Map<String, float[]> vectors) {
        if (cache == null) {
            return;
        }
        try {
            Files.createDirectories(cache.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(cache.toAbsolutePath().getParent(), "word-vectors", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeInt(SentenceEmbedder.DIMENSION);
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float x : e.getValue()) {
                        out.writeFloat(x);
                    }
                }
            }
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("echotrace: cannot write the word-vector cache " + cache + ": " + e.getMessage());
        }
    }
}
