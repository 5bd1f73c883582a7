package org.echotrace.eval;

import org.echotrace.cluster.ClaimPoint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Each ECB+ topic as a corpus of its own: a corpus of one topic (all its documents are of one kind
 * of event) whose two sub-topics are still two different stories, as an analyst's corpus of one
 * war's incident reports is. Each topic's claims are grouped alone, its documents scored with
 * B-cubed against the sub-topics, and precision, recall and F1 averaged over the topics (each topic
 * weighs the same, whatever its size).
 *
 * <p>Design decision: a proxy for a one-topic corpus such as FA-KES, which has no gold stories: in
 * the all-topics run the other topics give the clusterer an easy contrast, which a one-topic corpus
 * lacks.
 */
final class OneTopicCorpora {
    private OneTopicCorpora() {
    }

    /**
     * @param placer the documents' predicted narratives (document name to cluster) from the claims of one topic
     */
    static BCubed.Score score(List<EcbDocuments.Document> docs, List<ClaimPoint> points,
                              Function<List<ClaimPoint>, Map<String, String>> placer) {
        TreeMap<Integer, Map<String, String>> gold = new TreeMap<>();
        Map<String, Integer> topicOf = new HashMap<>();
        for (EcbDocuments.Document d : docs) {
            gold.computeIfAbsent(d.topic(), t -> new HashMap<>()).put(d.name(), d.event());
            topicOf.put(d.name(), d.topic());
        }
        double p = 0;
        double r = 0;
        double f = 0;
        int items = 0;
        for (Map.Entry<Integer, Map<String, String>> topic : gold.entrySet()) {
            List<ClaimPoint> own = points.stream().filter(c -> topic.getKey().equals(topicOf.get(c.articleId()))).toList();
            BCubed.Score s = BCubed.score(topic.getValue(), placer.apply(own));
            p += s.precision();
            r += s.recall();
            f += s.f1();
            items += s.items();
        }
        int n = gold.size();
        return n == 0 ? new BCubed.Score(0, 0, 0, 0) : new BCubed.Score(p / n, r / n, f / n, items);
    }
}
