package org.echotrace.eval;

import org.echotrace.link.cases.TextEmbedder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An embedder that counts the texts it embedded and the time it took, for the evaluation's speed figures. */
final class TimedEmbedder implements TextEmbedder {
    private final TextEmbedder inner;
    private final TimedEmbedder counts;
    private long texts;
    private long nanos;

    TimedEmbedder(TextEmbedder inner) {
        this.inner = inner;
        this.counts = this;
    }

    private TimedEmbedder(TextEmbedder inner, TimedEmbedder counts) {
        this.inner = inner;
        this.counts = counts;
    }

    /** The model's query embedder, timed into this one's figures. */
    @Override
    public TextEmbedder forQueries() {
        TextEmbedder q = inner.forQueries();
        return q == inner ? this : new TimedEmbedder(q, counts);
    }

    @Override
    public String model() {
        return inner.model();
    }

    @Override
    public List<float[]> embed(List<String> in) {
        long t0 = System.nanoTime();
        List<float[]> out = inner.embed(in);
        counts.add(in.size(), System.nanoTime() - t0);
        return out;
    }

    private synchronized void add(int n, long took) {
        texts += n;
        nanos += took;
    }

    /** Texts embedded (not found in the cache) and texts per second, model loading included. */
    synchronized Map<String, Object> speed() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("texts", texts);
        m.put("texts_per_second", texts == 0 ? 0 : RankingScore.round(texts / (nanos / 1e9)));
        return m;
    }
}
