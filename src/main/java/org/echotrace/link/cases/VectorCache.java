package org.echotrace.link.cases;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Embeddings kept on disk so that a text is embedded once per model: a folder holding one file per
 * model ({@code <model>.vectors}), each an append-only run of records (SHA-256 of the text,
 * dimension, floats). Without a folder it caches in memory only.
 *
 * <p>Design decision: a file of our own rather than a table: the lead's store and the evaluation
 * share it, it is read whole in a few milliseconds (10,000 vectors are 15 MB), and appending is
 * crash-safe enough: a torn last record is dropped on the next read and its text embedded again.
 */
public final class VectorCache {
    /** Vectors are written every this many texts, so an interrupted run keeps what it embedded. */
    private static final int CHUNK = 1024;
    private final Optional<Path> dir;
    private final Map<String, Map<String, float[]>> byModel = new HashMap<>();

    private VectorCache(Optional<Path> dir) {
        this.dir = dir;
    }

    public static VectorCache inFolder(Path dir) {
        return new VectorCache(Optional.of(dir));
    }

    public static VectorCache inMemory() {
        return new VectorCache(Optional.empty());
    }

    /** The vector of each text, embedding in batches only those this cache has never seen. */
    public synchronized List<float[]> vectors(List<String> texts, TextEmbedder embedder) {
        Map<String, float[]> known = load(embedder.model());
        Map<String, String> missing = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(texts.size());
        for (String t : texts) {
            String k = key(t);
            keys.add(k);
            if (!known.containsKey(k)) {
                missing.putIfAbsent(k, t);
            }
        }
        List<String> todo = List.copyOf(missing.keySet());
        for (int from = 0; from < todo.size(); from += CHUNK) {
            List<String> chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
            List<float[]> fresh = embedder.embed(chunk.stream().map(missing::get).toList());
            Map<String, float[]> added = new LinkedHashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                added.put(chunk.get(i), fresh.get(i));
            }
            append(embedder.model(), added);
            known.putAll(added);
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String k : keys) {
            out.add(known.get(k));
        }
        return out;
    }

    private Map<String, float[]> load(String model) {
        return byModel.computeIfAbsent(model, m -> {
            Map<String, float[]> map = new HashMap<>();
            dir.map(d -> d.resolve(fileName(m))).filter(Files::isRegularFile).ifPresent(f -> {
                long valid = readInto(f, map);
                truncate(f, valid);
            });
            return map;
        });
    }

    /** Reads whole records and returns the length they cover. */
    private static long readInto(Path f, Map<String, float[]> map) {
        try (InputStream raw = Files.newInputStream(f);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            byte[] hash = new byte[32];
            long valid = 0;
            while (true) {
                try {
                    in.readFully(hash);
                    int dim = in.readInt();
                    if (dim <= 0 || dim > 65536) {
                        return valid;
                    }
                    float[] v = new float[dim];
                    for (int i = 0; i < dim; i++) {
                        v[i] = in.readFloat();
                    }
                    map.put(HexFormat.of().formatHex(hash), v);
                    valid += 36 + 4L * dim;
                } catch (EOFException torn) {
                    return valid;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vector cache " + f, e);
        }
    }

    /** Drops a record torn by a crash, so that what is appended next stays aligned. */
    private static void truncate(Path f, long valid) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f, StandardOpenOption.WRITE)) {
            if (ch.size() > valid) {
                ch.truncate(valid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the vector cache " + f, e);
        }
    }

    private void append(String model, Map<String, float[]> added) {
        if (dir.isEmpty()) {
            return;
        }
        Path f = dir.get().resolve(fileName(model));
        try {
            Files.createDirectories(dir.get());
            try (OutputStream raw = Files.newOutputStream(f, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                for (Map.Entry<String, float[]> e : added.entrySet()) {
                    out.write(HexFormat.of().parseHex(e.getKey()));
                    out.writeInt(e.getValue().length);
                    for (float x : e.getValue()) {
                        out.writeFloat(x);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector cache " + f, e);
        }
    }

    private static String fileName(String model) {
        return model.replaceAll("[^A-Za-z0-9._-]", "_") + ".vectors";
    }

    private static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
