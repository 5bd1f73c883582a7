package org.echotrace.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.link.taxonomy.TextEmbedder;

/**
 * Sentence vectors of an evaluation's texts kept on disk between runs (under {@code target/}), so
 * that repeated cross-validation runs do not embed the same training articles again: embedding is
 * the slow part (about 285 sentences a second on two cores). Keyed by the exact text and the
 * embedding model's name; a damaged cache file is ignored and rebuilt.
 */
public final class EmbeddingCache implements TextEmbedder {
    private final Path file;
    private final TextEmbedder embedder;
    private final PrintStream log;
    private final Map<String, float[]> vectors = new HashMap<>();
    private final Map<String, float[]> added = new LinkedHashMap<>();

    public EmbeddingCache(Path file, TextEmbedder embedder, PrintStream log) {
        this.file = file;
        this.embedder = embedder;
        this.log = log;
        load();
    }

    /** The cache for one dataset part, at {@code target/embedding-cache/<name>.bin}. */
    public static EmbeddingCache forDataset(String name, PrintStream log) {
        return new EmbeddingCache(Path.of("target", "embedding-cache", name + ".bin"), TextEmbedder.shared(), log);
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
        java.util.Set<String> unseen = new java.util.LinkedHashSet<>();
        for (String t : texts) {
            if (!vectors.containsKey(t)) {
                unseen.add(t);
            }
        }
        List<String> missing = new ArrayList<>(unseen);
        if (!missing.isEmpty()) {
            List<float[]> computed = embedder.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), computed.get(i));
                added.put(missing.get(i), computed.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(vectors.get(t));
        }
        return out;
    }

    /** Writes the cache if anything was added (to a temporary file first, then moved into place). */
    public synchronized void save() {
        if (added.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(SentenceEmbedder.MODEL);
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(vectors).entrySet()) {
                    byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
                    out.writeInt(key.length);
                    out.write(key);
                    out.writeInt(e.getValue().length);
                    for (float v : e.getValue()) {
                        out.writeFloat(v);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            added.clear();
        } catch (IOException e) {
            log.println("embedding cache not saved to " + file + ": " + e.getMessage());
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(SentenceEmbedder.MODEL)) {
                return;
            }
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                byte[] key = new byte[in.readInt()];
                in.readFully(key);
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                vectors.put(new String(key, StandardCharsets.UTF_8), v);
            }
            log.println("embedding cache: " + vectors.size() + " sentences from " + file);
        } catch (IOException | RuntimeException e) {
            log.println("embedding cache at " + file + " unreadable (" + e.getMessage() + "), rebuilding it");
            vectors.clear();
        }
    }
}
