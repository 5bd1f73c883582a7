package org.echotrace.link.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echotrace.embed.SentenceEmbedder;

/** A fast stand-in for MiniLM in unit tests: a unit bag of hashed words, so shared words mean closeness. */
final class WordHashEmbedder implements TextEmbedder {
    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String t : texts) {
            float[] v = new float[SentenceEmbedder.DIMENSION];
            for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() > 2) {
                    v[Math.floorMod(w.hashCode(), v.length)] += 1;
                }
            }
            double n = 0;
            for (float x : v) {
                n += x * x;
            }
            for (int i = 0; i < v.length && n > 0; i++) {
                v[i] /= (float) Math.sqrt(n);
            }
            out.add(v);
        }
        return out;
    }
}
