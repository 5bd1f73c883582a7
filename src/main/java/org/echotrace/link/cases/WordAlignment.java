package org.echotrace.link.cases;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.util.VectorUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Soft word overlap: each content word of one text is matched to the most similar word of the other
 * by the cosine of the two words' own vectors (each word embedded alone), and the matches are
 * averaged. "Vaccine" meets "vaccination", "killed" meets "died", where {@link WordOverlap} needs
 * the same letters and the sentence cosines see only the whole text.
 *
 * <p>Design decision: one vocabulary of vectors (a word is embedded once, through the matcher's
 * vector cache, for all cases and claims) and per text the ids of its words, so ten thousand cases
 * cost the vectors of their distinct words, not of every occurrence.
 */
final class WordAlignment {
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}]+");
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<float[]> vectors = new ArrayList<>();
    private final Map<String, Integer> documents = new HashMap<>();
    private int texts;

    /** The distinct content words of a text, lower-cased, in order: letters only, two or more, no stop words. */
    static List<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /** Adds words with their unit vectors (a word already known keeps its first vector). */
    void add(List<String> words, List<float[]> unitVectors) {
        for (int i = 0; i < words.size(); i++) {
            if (!ids.containsKey(words.get(i))) {
                ids.put(words.get(i), vectors.size());
                vectors.add(unitVectors.get(i));
            }
        }
    }

    /** Counts a text's words for their inverse document frequency ({@link #weights}). */
    void count(String text) {
        texts++;
        for (String w : words(text)) {
            documents.merge(w, 1, Integer::sum);
        }
    }

    /** Per known or extra content word of a text, in {@link #of}'s order: log((1 + texts) / (1 + texts holding it)). */
    double[] weights(String text, Map<String, float[]> extra) {
        List<Double> out = new ArrayList<>();
        for (String w : words(text)) {
            if (ids.containsKey(w) || extra.containsKey(w)) {
                out.add(Math.log((1.0 + texts) / (1.0 + documents.getOrDefault(w, 0))));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    boolean knows(String word) {
        return ids.containsKey(word);
    }

    /** The vectors of a text's known content words. */
    float[][] of(String text) {
        return of(text, Map.of());
    }

    /** The vectors of a text's content words, from this vocabulary or else from {@code extra} (words left out where neither has them). */
    float[][] of(String text, Map<String, float[]> extra) {
        List<float[]> out = new ArrayList<>();
        for (String w : words(text)) {
            Integer id = ids.get(w);
            float[] v = id != null ? vectors.get(id) : extra.get(w);
            if (v != null) {
                out.add(v);
            }
        }
        return out.toArray(new float[0][]);
    }

    /** The mean, over the words of {@code of}, of each one's best cosine with a word of {@code by}; 0 when either is empty. */
    static double covered(float[][] of, float[][] by) {
        return mean(best(of, by), null);
    }

    /** As {@link #covered(float[][], float[][])}, each word of {@code of} weighted. */
    static double covered(float[][] of, double[] weights, float[][] by) {
        return mean(best(of, by), weights);
    }

    /** Each word of {@code of}'s best cosine with a word of {@code by}; none when either is empty. */
    static double[] best(float[][] of, float[][] by) {
        if (by.length == 0) {
            return new double[0];
        }
        double[] out = new double[of.length];
        for (int i = 0; i < of.length; i++) {
            double best = -1;
            for (float[] b : by) {
                best = Math.max(best, VectorUtil.dotProduct(of[i], b));
            }
            out[i] = best;
        }
        return out;
    }

    /** The mean of {@link #best}'s cosines, each weighted ({@code weights} null: all 1); 0 for none. */
    static double mean(double[] best, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < best.length; i++) {
            double w = weights == null ? 1 : weights[i];
            sum += w * best[i];
            total += w;
        }
        return total == 0 ? 0 : sum / total;
    }
}
