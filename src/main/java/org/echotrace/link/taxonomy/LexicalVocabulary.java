package org.echotrace.link.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word unigrams and bigrams with their inverse document frequencies, chosen from training
 * articles: a term kept must occur in at least {@link #MIN_DF} articles and in at most
 * {@link #MAX_DF_SHARE} of them, the most frequent first up to a size limit.
 *
 * <p>Design decision: a closed vocabulary (not feature hashing), so the shipped model's weights can
 * be read against their terms and the model stays small.
 */
public final class LexicalVocabulary {
    static final int MIN_DF = 3;
    static final double MAX_DF_SHARE = 0.6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<String> terms;
    private final float[] idf;
    private final Map<String, Integer> index = new HashMap<>();

    public LexicalVocabulary(List<String> terms, float[] idf) {
        if (terms.size() != idf.length) {
            throw new IllegalArgumentException(terms.size() + " terms but " + idf.length + " weights");
        }
        this.terms = List.copyOf(terms);
        this.idf = idf.clone();
        for (int i = 0; i < this.terms.size(); i++) {
            index.put(this.terms.get(i), i);
        }
    }

    public static LexicalVocabulary build(List<String> documents, int maxTerms) {
        Map<String, Integer> df = new TreeMap<>();
        for (String doc : documents) {
            for (String t : counts(doc).keySet()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int n = documents.size();
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= MIN_DF && e.getValue() <= MAX_DF_SHARE * n) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
        List<String> terms = new ArrayList<>();
        float[] idf = new float[Math.min(maxTerms, kept.size())];
        for (int i = 0; i < idf.length; i++) {
            terms.add(kept.get(i).getKey());
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + kept.get(i).getValue())) + 1.0);
        }
        return new LexicalVocabulary(terms, idf);
    }

    public int size() {
        return terms.size();
    }

    public List<String> terms() {
        return terms;
    }

    public float[] idf() {
        return idf.clone();
    }

    /** Sublinear tf-idf of the text's known terms, L2-normalised, written into {@code out[from...]}. */
    public void vector(String text, float[] out, int from, float weight) {
        double norm = 0;
        Map<Integer, Double> values = new TreeMap<>();
        for (Map.Entry<String, Integer> e : counts(text).entrySet()) {
            Integer i = index.get(e.getKey());
            if (i != null) {
                double v = (1 + Math.log(e.getValue())) * idf[i];
                values.put(i, v);
                norm += v * v;
            }
        }
        double scale = norm == 0 ? 0 : weight / Math.sqrt(norm);
        for (Map.Entry<Integer, Double> e : values.entrySet()) {
            out[from + e.getKey()] = (float) (e.getValue() * scale);
        }
    }

    static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        String previous = null;
        while (m.find()) {
            String w = m.group();
            counts.merge(w, 1, Integer::sum);
            if (previous != null) {
                counts.merge(previous + " " + w, 1, Integer::sum);
            }
            previous = w;
        }
        return counts;
    }
}
