package org.echotrace.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking metrics as the CheckThat! 2020 Task 2 scorer computes them (its {@code evaluate.py}
 * calls trectools with trec_eval conventions):
 * <ul>
 *   <li>a run's rows are re-sorted by score, highest first, ties by document id <em>descending</em>;
 *       the rank column is ignored;</li>
 *   <li>AP@k sums, over the relevant documents in the first k, the precision at their rank, and
 *       divides by the number of relevant documents of the query (all of them, not min(R, k));</li>
 *   <li>P@k counts the relevant documents in the first k and divides by k;</li>
 *   <li>reciprocal rank is 1/rank of the first relevant document in the run, 0 when none;</li>
 *   <li>means are over the queries that are both in the run and in the gold pairs.</li>
 * </ul>
 */
public final class RankingScore {
    /** A row of a run: a document and the score given to it. */
    public record Scored(String doc, double score) {
    }

    /** Ids compare as numbers when both are numbers (pandas reads numeric ids as integers), else as text. */
    static final Comparator<String> DOC_ID = (a, b) -> {
        if (isNumber(a) && isNumber(b)) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    };
    private static final Comparator<Scored> TREC_ORDER = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Scored::doc, DOC_ID.reversed());

    private final Map<String, List<Scored>> runs = new LinkedHashMap<>();
    private final Map<String, Set<String>> gold;

    public RankingScore(Map<String, Set<String>> gold) {
        this.gold = gold;
    }

    public void add(String query, List<Scored> run) {
        List<Scored> sorted = new ArrayList<>(run);
        sorted.sort(TREC_ORDER);
        runs.put(query, sorted);
    }

    public double meanAveragePrecision(int depth) {
        return mean(q -> {
            Set<String> rel = gold.get(q);
            List<Scored> run = runs.get(q);
            double sum = 0;
            int found = 0;
            for (int i = 0; i < Math.min(depth, run.size()); i++) {
                if (rel.contains(run.get(i).doc())) {
                    found++;
                    sum += (double) found / (i + 1);
                }
            }
            return sum / rel.size();
        });
    }

    public double precision(int depth) {
        return mean(q -> {
            Set<String> rel = gold.get(q);
            List<Scored> run = runs.get(q);
            int found = 0;
            for (int i = 0; i < Math.min(depth, run.size()); i++) {
                if (rel.contains(run.get(i).doc())) {
                    found++;
                }
            }
            return (double) found / depth;
        });
    }

    public double meanReciprocalRank() {
        return mean(q -> {
            Set<String> rel = gold.get(q);
            List<Scored> run = runs.get(q);
            for (int i = 0; i < run.size(); i++) {
                if (rel.contains(run.get(i).doc())) {
                    return 1.0 / (i + 1);
                }
            }
            return 0.0;
        });
    }

    /** Queries scored: in the run and in the gold pairs, with at least one relevant document. */
    public int queries() {
        return scored().size();
    }

    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("map_at_1", round(meanAveragePrecision(1)));
        m.put("map_at_3", round(meanAveragePrecision(3)));
        m.put("map_at_5", round(meanAveragePrecision(5)));
        m.put("map_all", round(meanAveragePrecision(Integer.MAX_VALUE)));
        m.put("mrr", round(meanReciprocalRank()));
        m.put("p_at_1", round(precision(1)));
        m.put("p_at_3", round(precision(3)));
        m.put("p_at_5", round(precision(5)));
        return m;
    }

    private List<String> scored() {
        return runs.keySet().stream().filter(q -> gold.containsKey(q) && !gold.get(q).isEmpty()).toList();
    }

    private double mean(java.util.function.ToDoubleFunction<String> perQuery) {
        List<String> qs = scored();
        if (qs.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String q : qs) {
            sum += perQuery.applyAsDouble(q);
        }
        return sum / qs.size();
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
