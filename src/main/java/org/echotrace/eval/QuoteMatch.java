package org.echotrace.eval;

import org.echotrace.model.TextSpan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Direct quotes matched to the gold direct-speech relations of a document: a predicted quote
 * matches the first unmatched gold relation whose content it overlaps, one to one. Counted twice:
 * on the content alone, and with the speaker too (the predicted speaker overlapping the gold
 * source, or both without one). The measure a quote attributor without cue spans can be scored on,
 * beside our extractor on the same relations.
 */
final class QuoteMatch {
    /** A quote or a gold direct relation: its content and its speaker's span, if any. */
    record Quote(TextSpan content, Optional<TextSpan> speaker) {
    }

    private long predicted;
    private long gold;
    private long matched;
    private long matchedWithSpeaker;

    /** Adds one document's quotes. */
    void add(List<Quote> predictedQuotes, List<Quote> goldQuotes) {
        predicted += predictedQuotes.size();
        gold += goldQuotes.size();
        boolean[] used = new boolean[goldQuotes.size()];
        for (Quote p : predictedQuotes) {
            for (int i = 0; i < goldQuotes.size(); i++) {
                Quote g = goldQuotes.get(i);
                if (!used[i] && p.content().overlaps(g.content())) {
                    used[i] = true;
                    matched++;
                    boolean speakerOk = g.speaker().isEmpty() ? p.speaker().isEmpty()
                            : p.speaker().isPresent() && p.speaker().get().overlaps(g.speaker().get());
                    if (speakerOk) {
                        matchedWithSpeaker++;
                    }
                    break;
                }
            }
        }
    }

    /** P, R and F1 on the content, the same with the speaker, and the counts. */
    Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.putAll(prf("quote_", matched));
        m.putAll(prf("quote_and_speaker_", matchedWithSpeaker));
        m.put("speaker_right_of_matched", matched == 0 ? 0.0 : round((double) matchedWithSpeaker / matched));
        m.put("predicted", predicted);
        m.put("gold", gold);
        return m;
    }

    private Map<String, Double> prf(String prefix, long hits) {
        double p = predicted == 0 ? 0 : (double) hits / predicted;
        double r = gold == 0 ? 0 : (double) hits / gold;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(prefix + "p", round(p));
        m.put(prefix + "r", round(r));
        m.put(prefix + "f1", round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
