package org.echotrace.serve;

import org.echotrace.embed.SentenceEmbedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Semantic search over claim texts (article titles when a store has no claims yet): every text's
 * vector is kept in memory; a query is embedded and compared with all of them (vectors are unit
 * length, so a dot product is the cosine). Vectors the narrative step already stored in the store
 * ({@code claim_vectors}, same model) are read, and only texts missing there are embedded.
 *
 * <p>Design decision: vectors are held by text, not by claim, because relayed statements repeat
 * word for word across outlets; the index is built on a background thread so the server answers
 * at once, and a semantic query before it is ready gets a 503 saying how far it is.
 * A linear scan of 384-float vectors stays in milliseconds up to a few hundred thousand claims.
 */
final class SemanticIndex {
    /** One searchable text: a claim ("articleId#idx") or an article title (idx -1). */
    record Entry(String articleId, int idx, String text) {
        String key() {
            return articleId + "#" + idx;
        }
    }

    /** A hit and its cosine similarity. */
    record Hit(Entry entry, double score) {
    }

    private final Supplier<List<Entry>> source;
    private final Function<List<String>, Map<String, float[]>> stored;
    private final boolean cacheQueries;
    private final AtomicInteger embedded = new AtomicInteger();
    private volatile int reused = -1;
    private volatile int total = -1;
    /** The entries of each distinct text (key order), by the text's row in {@link #vectors}. */
    private volatile List<List<Entry>> entriesOfText = List.of();
    private volatile int dimensions;
    /** One row of {@link #dimensions} floats per distinct text: one scan per query, over texts, not claims. */
    private volatile float[] vectors;
    private volatile String failure;
    /** Builds the index in the background; the embedder runs the model on its own thread. */
    private final java.util.concurrent.ExecutorService embedding = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "semantic-index");
                t.setDaemon(true);
                return t;
            });
    private boolean started;
    private final Map<String, float[]> queryCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > 256;
        }
    };

    /**
     * {@code stored} gives the vectors already in the store for the texts it is asked about;
     * {@code cacheQueries} keeps the vectors of recent queries (off when the server caches nothing,
     * so that every answer is computed).
     */
    SemanticIndex(Supplier<List<Entry>> source, Function<List<String>, Map<String, float[]>> stored, boolean cacheQueries) {
        this.source = source;
        this.stored = stored;
        this.cacheQueries = cacheQueries;
    }

    /** Starts building in the background (once); later calls do nothing. */
    synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        embedding.execute(this::build);
    }

    private void build() {
        try {
            List<Entry> all = source.get();
            total = all.size();
            Map<String, Integer> slot = new HashMap<>();
            List<String> unique = new ArrayList<>();
            int[] of = new int[all.size()];
            for (int i = 0; i < all.size(); i++) {
                of[i] = slot.computeIfAbsent(all.get(i).text(), t -> {
                    unique.add(t);
                    return unique.size() - 1;
                });
            }
            float[][] uniqueVectors = new float[unique.size()][];
            Map<String, float[]> known = stored.apply(unique);
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < unique.size(); i++) {
                float[] v = known.get(unique.get(i));
                if (v != null && v.length > 0) {
                    uniqueVectors[i] = v;
                } else {
                    missing.add(i);
                }
            }
            reused = unique.size() - missing.size();
            for (int from = 0; from < missing.size(); from += 256) {
                List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + 256));
                List<float[]> v = SentenceEmbedder.get().embed(batch.stream().map(unique::get).toList());
                for (int i = 0; i < v.size(); i++) {
                    uniqueVectors[batch.get(i)] = v.get(i);
                }
                embedded.set(from + batch.size());
            }
            int dim = uniqueVectors.length == 0 ? 0 : uniqueVectors[0].length;
            float[] flat = new float[uniqueVectors.length * dim];
            for (int i = 0; i < uniqueVectors.length; i++) {
                System.arraycopy(uniqueVectors[i], 0, flat, i * dim, dim);
            }
            List<List<Entry>> byText = new ArrayList<>();
            for (int i = 0; i < unique.size(); i++) {
                byText.add(new ArrayList<>(1));
            }
            for (int i = 0; i < all.size(); i++) {
                byText.get(of[i]).add(all.get(i));
            }
            byText.forEach(l -> l.sort(Comparator.comparing(Entry::key)));
            entriesOfText = byText;
            dimensions = dim;
            vectors = flat;
        } catch (RuntimeException e) {
            failure = String.valueOf(e.getMessage());
        }
    }

    boolean ready() {
        return vectors != null;
    }

    /** Progress for the stats endpoint: texts embedded of the total (-1 before counting). */
    Map<String, Object> status() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ready", ready());
        s.put("texts", total);
        s.put("embedded", embedded.get());
        s.put("from_store", Math.max(0, reused));
        s.put("model", SentenceEmbedder.MODEL);
        if (failure != null) {
            s.put("failure", failure);
        }
        return s;
    }

    /** The {@code limit} texts most similar to the query, best first; fails with 503 while building. */
    List<Hit> search(String query, int limit) {
        start();
        if (failure != null) {
            throw new ApiError(500, "the semantic index could not be built: " + failure);
        }
        float[] vs = vectors;
        if (vs == null) {
            throw new ApiError(503, "the semantic index is still being built (" + Math.max(0, reused) + " vectors read from the store, "
                    + embedded.get() + " texts embedded, of " + Math.max(0, total) + " claims); try again shortly");
        }
        float[] q = queryVector(query);
        int dim = dimensions;
        List<List<Entry>> texts = entriesOfText;
        // The best texts until they hold `limit` entries: every entry of a text has the text's score.
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble((double[] h) -> h[0]));
        int held = 0;
        for (int t = 0; t < texts.size(); t++) {
            double score = dot(q, vs, t * dim, dim);
            if (held < limit || score > best.peek()[0]) {
                best.add(new double[] {score, t});
                held += texts.get(t).size();
                while (held - texts.get((int) best.peek()[1]).size() >= limit) {
                    held -= texts.get((int) best.poll()[1]).size();
                }
            }
        }
        List<Hit> out = new ArrayList<>();
        for (double[] h : best) {
            texts.get((int) h[1]).forEach(e -> out.add(new Hit(e, h[0])));
        }
        out.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entry().key()));
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    /** Dot product of the query with one row; four sums so the loop is not one long dependency chain. */
    private static double dot(float[] q, float[] rows, int at, int dim) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < dim; i += 4) {
            s0 += q[i] * rows[at + i];
            s1 += q[i + 1] * rows[at + i + 1];
            s2 += q[i + 2] * rows[at + i + 2];
            s3 += q[i + 3] * rows[at + i + 3];
        }
        for (; i < dim; i++) {
            s0 += q[i] * rows[at + i];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    private float[] queryVector(String query) {
        if (!cacheQueries) {
            return SentenceEmbedder.get().embed(query);
        }
        synchronized (queryCache) {
            float[] v = queryCache.get(query);
            if (v != null) {
                return v;
            }
        }
        float[] v = SentenceEmbedder.get().embed(query);
        synchronized (queryCache) {
            queryCache.put(query, v);
        }
        return v;
    }
}
