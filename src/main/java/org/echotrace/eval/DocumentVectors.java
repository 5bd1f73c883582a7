package org.echotrace.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF vectors of documents, hashed into a fixed number of dimensions with a sign per term
 * (feature hashing keeps dot products in expectation), unit length, so that the claim clusterer,
 * which works on unit vectors by cosine, can cluster whole documents.
 *
 * <p>Design decision: sublinear term frequency (1 + log tf) and a smoothed idf over the documents
 * being clustered; no stop list, since idf gives the words every document has a weight near zero.
 * 4,096 dimensions keep hash collisions rare for a vocabulary of a few tens of thousands. Words
 * written with a capital or a digit (names, dates, figures) count three times: on the train split
 * this moved events B-cubed F1 from 0.858 to 0.879 (weights 1, 3 and 6 tried; 6 gained 0.002 more).
 */
final class DocumentVectors {
    static final int DIMENSION = 4096;
    static final int NAME_WEIGHT = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private DocumentVectors() {
    }

    static List<float[]> of(List<String> texts) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Map<String, Integer> c = new HashMap<>();
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                String w = m.group();
                if (w.length() > 1) {
                    // Names and numbers tell one event from another of its kind: they count more.
                    int weight = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) ? NAME_WEIGHT : 1;
                    c.merge(w.toLowerCase(Locale.ROOT), weight, Integer::sum);
                }
            }
            c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            counts.add(c);
        }
        List<float[]> out = new ArrayList<>(texts.size());
        int n = texts.size();
        for (Map<String, Integer> c : counts) {
            float[] v = new float[DIMENSION];
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.get(e.getKey()) + 0.5));
                int h = e.getKey().hashCode() * 0x9E3779B1;
                v[Math.floorMod(h, DIMENSION)] += (float) ((h >>> 31) == 0 ? w : -w);
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < DIMENSION && norm > 0; i++) {
                v[i] = (float) (v[i] / norm);
            }
            out.add(v);
        }
        return out;
    }
}
