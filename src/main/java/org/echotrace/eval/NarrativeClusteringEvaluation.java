package org.echotrace.eval;

import org.echotrace.cluster.ClaimPoint;
import org.echotrace.cluster.Narrative;
import org.echotrace.cluster.NarrativeClusterer;
import org.echotrace.cluster.NarrativeState;
import org.echotrace.cluster.NarrativeTracker;
import org.echotrace.cluster.StorySplit;
import org.echotrace.extract.claim.ClaimExtractor;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Claim;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code eval narrative-clustering}: the narrative step itself on ECB+ — every document's claims
 * extracted as {@code analyze} does, grouped by the narrative tracker with its settings, each
 * document then placed in the narrative that holds most of its claims, and scored with B-cubed
 * against the gold sub-topics (each ECB+ topic holds two different stories of one kind, such as two
 * celebrities entering rehab, which must stay apart) and topics.
 *
 * <p>Design decision: unlike {@code eval clustering}, which clusters whole documents, this scores
 * the claims-to-narratives step analysts see, so its settings (the join threshold and the weight
 * of the article context) are chosen here on train and reported unchanged on dev. Also reported:
 * the share of documents whose narrative reaches another document, a narrative's reason to be.
 */
public final class NarrativeClusteringEvaluation {
    private NarrativeClusteringEvaluation() {
    }

    public static Map<String, Object> run(Path data, List<String> splits, double threshold, double context,
                                          Optional<StorySplit.Settings> stories, boolean whole, PrintStream log) {
        long t0 = System.nanoTime();
        PeakHeap.reset();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eval", "narrative-clustering");
        out.put("data", "ecbplus");
        out.put("threshold", threshold);
        out.put("article_context", context);
        out.put("story_split", stories.map(st -> Map.of("min_articles", st.minArticles(), "threshold", st.threshold()))
                .orElse(null));
        out.put("documents", whole ? "whole" : "annotated sentences");
        SentenceAnnotator sentences = new SentenceAnnotator();
        ClaimExtractor claims = new ClaimExtractor();
        NarrativeTracker tracker = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS.withThreshold(threshold), context, stories);
        for (String split : splits) {
            List<EcbDocuments.Document> docs = EcbDocuments.read(data, EcbDocuments.topics(split), whole);
            List<ClaimPoint> points = points(docs, sentences, claims, split + (whole ? "-whole" : ""), log);
            List<Narrative> narratives = topLevel(tracker, points);
            Map<String, String> events = new HashMap<>();
            Map<String, String> topics = new HashMap<>();
            for (EcbDocuments.Document d : docs) {
                events.put(d.name(), d.event());
                topics.put(d.name(), String.valueOf(d.topic()));
            }
            Map<String, String> predicted = placed(narratives, docs);
            int shared = 0;
            for (EcbDocuments.Document d : docs) {
                if (DominantNarrative.reachesOthers(narratives, d.name())) {
                    shared++;
                }
            }
            BCubed.Score ev = BCubed.score(events, predicted);
            BCubed.Score tp = BCubed.score(topics, predicted);
            BCubed.Score alone = OneTopicCorpora.score(docs, points, p -> placed(topLevel(tracker, p), docs));
            log.printf(Locale.ROOT, "%s: %d documents, %d claims, %d narratives; events B3 F1 %.3f (P %.3f R %.3f), topics %.3f;"
                            + " each topic alone: events B3 F1 %.3f (P %.3f R %.3f)%n",
                    split, docs.size(), points.size(), narratives.size(), ev.f1(), ev.precision(), ev.recall(), tp.f1(),
                    alone.f1(), alone.precision(), alone.recall());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", docs.size());
            m.put("claims", points.size());
            m.put("narratives", narratives.size());
            m.put("documents_sharing_a_narrative", round((double) shared / docs.size()));
            m.put("events_bcubed_p", round(ev.precision()));
            m.put("events_bcubed_r", round(ev.recall()));
            m.put("events_bcubed_f1", round(ev.f1()));
            m.put("topics_bcubed_f1", round(tp.f1()));
            m.put("one_topic_events_bcubed_p", round(alone.precision()));
            m.put("one_topic_events_bcubed_r", round(alone.recall()));
            m.put("one_topic_events_bcubed_f1", round(alone.f1()));
            out.put(split, m);
        }
        out.put("seconds", round((System.nanoTime() - t0) / 1e9));
        out.put("peak_heap_mb", round(PeakHeap.bytes() / 1e6));
        return out;
    }

    private static List<Narrative> topLevel(NarrativeTracker tracker, List<ClaimPoint> points) {
        return tracker.update(NarrativeState.EMPTY, points, List.of()).narratives().stream().filter(n -> n.parent().isEmpty()).toList();
    }

    /** Each document's main narrative; a document without claims stands alone. */
    private static Map<String, String> placed(List<Narrative> narratives, List<EcbDocuments.Document> docs) {
        Map<String, String> predicted = DominantNarrative.of(narratives);
        for (EcbDocuments.Document d : docs) {
            predicted.putIfAbsent(d.name(), "alone:" + d.name());
        }
        return predicted;
    }

    static List<ClaimPoint> points(List<EcbDocuments.Document> docs, SentenceAnnotator sentences, ClaimExtractor claims,
                                           String split, PrintStream log) {
        List<String> ids = new ArrayList<>();
        List<Claim> found = new ArrayList<>();
        for (EcbDocuments.Document d : docs) {
            AnalyzedArticle a = claims.apply(sentences.apply(AnalyzedArticle.of(AttributionEvaluation.asArticle(d.name(), d.text()))));
            for (Claim c : a.claims()) {
                ids.add(d.name());
                found.add(c);
            }
        }
        EmbeddingCache cache = EmbeddingCache.forDataset("ecbplus-claims-" + split, log);
        List<float[]> vectors = cache.embed(found.stream().map(Claim::text).toList());
        cache.save();
        List<ClaimPoint> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Claim c = found.get(i);
            out.add(new ClaimPoint(ids.get(i), c.index(), c.text(), c.kind(), Optional.empty(), Optional.empty(), List.of(), "",
                    Optional.empty(), List.of(), vectors.get(i)));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
