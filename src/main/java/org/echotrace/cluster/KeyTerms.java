package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The words that set a narrative apart, by TF-IDF: term frequency over the narrative's claims
 * times the log of the inverse share of all claims of the corpus containing the term.
 */
final class KeyTerms {
    static final int COUNT = 6;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    KeyTerms(List<ClaimPoint> corpus) {
        for (ClaimPoint p : corpus) {
            for (String t : new HashSet<>(terms(p.text()))) {
                documentFrequency.merge(t, 1, Integer::sum);
            }
        }
        documents = corpus.size();
    }

    /** The best terms of a group of claims, best first, ties by the term. */
    List<String> of(List<ClaimPoint> members) {
        Map<String, Integer> tf = new HashMap<>();
        for (ClaimPoint p : members) {
            for (String t : terms(p.text())) {
                tf.merge(t, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            int df = documentFrequency.getOrDefault(e.getKey(), 1);
            scored.add(Map.entry(e.getKey(), e.getValue() * Math.log((documents + 1.0) / df)));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return scored.stream().limit(COUNT).map(Map.Entry::getKey).toList();
    }

    /** Content words of three letters or more, numbers left out. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String w : ClaimWords.of(text)) {
            if (w.length() >= 3 && !ClaimWords.STOP.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }
}
