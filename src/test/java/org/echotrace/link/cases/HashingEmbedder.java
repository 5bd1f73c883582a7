package org.echotrace.link.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A deterministic stand-in for the ONNX model: words hashed into 64 dimensions; counts its calls. */
final class HashingEmbedder implements TextEmbedder {
    int calls;
    int texts;

    @Override
    public String model() {
        return "hashing-64";
    }

    @Override
    public List<float[]> embed(List<String> in) {
        calls++;
        texts += in.size();
        List<float[]> out = new ArrayList<>();
        for (String t : in) {
            float[] v = new float[64];
            for (String w : t.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), 64)] += 1;
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
