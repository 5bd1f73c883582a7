package org.echotrace.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds claims that repeat each other, across articles and inside one, and labels each pair
 * {@link PairKind#COPY}, {@link PairKind#SAME_STATEMENT} or {@link PairKind#REWORDING}.
 *
 * <p>Candidates come from three cheap sources, then each candidate pair is measured exactly:
 * MinHash banding over word 3-grams (copies), MinHash banding over spelling skeletons
 * (transliteration variants: "At Tanf" / "al-Tanf"), and the sentence vectors' neighbour graph
 * (rewordings and translations, which share few words).
 *
 * <p>Design decision (thresholds, see {@link Settings#DEFAULT}): a copy shares at least 60% of its
 * word 3-grams: one edited word removes three grams, so a 30-word sentence stays above 0.6 with two
 * edits and falls below with a rewritten clause. A same statement needs a cosine of 0.72 and either
 * the same original source (speaker, organisation or first hop, compared by spelling skeleton) or,
 * without attribution, shared names spelled differently with at least 35% of the content skeletons
 * in common. Measured with MiniLM: the seed that quotes one Defence Ministry statement in two
 * translations gives its two renderings 0.79 and 0.86; our own hand-written pair 0.75; the same
 * speaker's different statements in that article 0.49 to 0.64 (0.74 for a summary of a quote,
 * which is the same statement). A rewording needs 0.82 whoever speaks: paraphrases of one claim
 * score 0.8 to 0.95, claims of one narrative that say different things 0.45 to 0.75.
 */
public final class DuplicateFinder {
    public record Settings(double copyJaccard, double sameStatementCosine, double sameSkeletonJaccard,
                           double rewordingCosine, long seed) {
        public static final Settings DEFAULT = new Settings(0.6, 0.72, 0.35, 0.82, 17);
    }

    private static final int BANDS = 16;
    private static final int ROWS = 4;
    private static final int BUCKET_LIMIT = 64;
    private final Settings settings;
    private final MinHash minHash;

    public DuplicateFinder(Settings settings) {
        this.settings = settings;
        this.minHash = new MinHash(BANDS * ROWS, settings.seed());
    }

    /** Every repeating pair, ordered by the first claim's key, then the second's. */
    public List<DuplicatePair> find(List<ClaimPoint> points) {
        List<ClaimPoint> p = points.stream().sorted(ClaimPoint.BY_KEY).toList();
        int n = p.size();
        long[][] grams = new long[n][];
        long[][] skeletons = new long[n][];
        List<List<String>> words = new ArrayList<>(n);
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            List<String> w = ClaimWords.of(p.get(i).text());
            words.add(w);
            grams[i] = ClaimWords.shingles(w, 3);
            skeletons[i] = ClaimWords.skeletons(w).stream().mapToLong(s -> MinHash.mix(s.hashCode())).sorted().toArray();
            v[i] = p.get(i).vector();
        }
        TreeSet<Long> candidates = new TreeSet<>();
        band(grams, candidates);
        band(skeletons, candidates);
        double minCos = Math.min(settings.sameStatementCosine(), settings.rewordingCosine());
        for (VectorNeighbours.Edge e : VectorNeighbours.graph(v, 10, minCos, settings.seed())) {
            candidates.add(((long) e.a() << 32) | e.b());
        }
        List<DuplicatePair> out = new ArrayList<>();
        for (long c : candidates) {
            int i = (int) (c >>> 32);
            int j = (int) c;
            classify(p.get(i), p.get(j), words.get(i), words.get(j), MinHash.jaccard(grams[i], grams[j]),
                    MinHash.jaccard(skeletons[i], skeletons[j]), VectorNeighbours.dot(v[i], v[j])).ifPresent(out::add);
        }
        return out;
    }

    /** LSH banding: pairs that agree on all rows of at least one band; an oversized bucket links neighbours only. */
    private void band(long[][] sets, TreeSet<Long> out) {
        long[][] sig = new long[sets.length][];
        for (int i = 0; i < sets.length; i++) {
            sig[i] = sets[i].length == 0 ? null : minHash.signature(sets[i]);
        }
        for (int b = 0; b < BANDS; b++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < sig.length; i++) {
                if (sig[i] != null) {
                    long h = b;
                    for (int r = 0; r < ROWS; r++) {
                        h = MinHash.mix(h ^ sig[i][b * ROWS + r]);
                    }
                    buckets.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    int until = bucket.size() > BUCKET_LIMIT ? Math.min(bucket.size(), x + 2) : bucket.size();
                    for (int y = x + 1; y < until; y++) {
                        out.add(((long) bucket.get(x) << 32) | bucket.get(y));
                    }
                }
            }
        }
    }

    Optional<DuplicatePair> classify(ClaimPoint a, ClaimPoint b, List<String> wa, List<String> wb,
                                     double wordJ, double skelJ, double cos) {
        PairKind kind;
        if (wordJ >= settings.copyJaccard()) {
            kind = PairKind.COPY;
        } else if (cos >= settings.sameStatementCosine()
                && (sameSource(a, b) || (skelJ >= settings.sameSkeletonJaccard() && spellingVariants(wa, wb) > 0))) {
            kind = PairKind.SAME_STATEMENT;
        } else if (cos >= settings.rewordingCosine()) {
            kind = PairKind.REWORDING;
        } else {
            return Optional.empty();
        }
        return Optional.of(new DuplicatePair(a.key(), b.key(), kind, wordJ, skelJ, cos, a.articleId().equals(b.articleId())));
    }

    /** Both claims attributed, to one original source, its name compared by spelling skeleton. */
    static boolean sameSource(ClaimPoint a, ClaimPoint b) {
        Set<String> sa = sources(a);
        if (sa.isEmpty()) {
            return false;
        }
        for (String s : sources(b)) {
            if (sa.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> sources(ClaimPoint p) {
        Set<String> out = new TreeSet<>();
        p.speaker().map(Originators::skeletonOf).filter(s -> !s.isEmpty()).ifPresent(out::add);
        p.organisation().map(Originators::skeletonOf).filter(s -> !s.isEmpty()).ifPresent(out::add);
        Originators.firstHop(p).map(Originators::skeletonOf).filter(s -> !s.isEmpty()).ifPresent(out::add);
        return out;
    }

    /** How many names both texts carry under different spellings (same skeleton, no common surface form). */
    static int spellingVariants(List<String> wa, List<String> wb) {
        Map<String, Set<String>> a = surfaces(wa);
        Map<String, Set<String>> b = surfaces(wb);
        int n = 0;
        for (Map.Entry<String, Set<String>> e : a.entrySet()) {
            Set<String> other = b.get(e.getKey());
            if (other != null && e.getKey().length() >= 3 && other.stream().noneMatch(e.getValue()::contains)) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, Set<String>> surfaces(List<String> words) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String w : words) {
            if (!ClaimWords.STOP.contains(w) && !SpellingSkeleton.isArticle(w)) {
                out.computeIfAbsent(SpellingSkeleton.of(w), k -> new TreeSet<>()).add(w);
            }
        }
        return out;
    }
}
