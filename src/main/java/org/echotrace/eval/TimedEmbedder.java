package org.echotrace.eval;

import org.echotrace.link.cases.TextEmbedder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An embedder that counts the texts it embedded and the time it took, for the evaluation's speed figures. */
final class TimedEmbedder implements TextEmbedder {
    private final TextEmbedder inner;
    private long texts;
    private long nanos;

    TimedEmbedder(TextEmbedder inner) {
        this.inner = inner;
    }

    @Override
    public String model() {
        return inner.model();
    }

    @Override
    public synchronized List<float[]> embed(List<String> in) {
        long t0 = System.nanoTime();
        List<float[]> out = inner.embed(in);
        nanos += System.nanoTime() - t0;
        texts += in.size();
        return out;
    }

    /** Texts embedded (not found in the cache) and texts per second, model loading included. */
    synchronized Map<String, Object> speed() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("texts", texts);
        m.put("texts_per_second", texts == 0 ? 0 : RankingScore.round(texts / (nanos / 1e9)));
        return m;
    }
}
