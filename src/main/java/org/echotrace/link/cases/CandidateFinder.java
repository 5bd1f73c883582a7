package org.echotrace.link.cases;

import org.apache.lucene.util.VectorUtil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The candidates of one claim and their features ({@link Candidate#FEATURES}): the union of the
 * best {@value #POOL} of each list (BM25 over title+summary, over the title, over the summary;
 * each model's cosine over every case, which for ten thousand cases costs a few milliseconds), each
 * scored on all the evidence. Within each list equal scores are ranked in case order.
 *
 * <p>Design decision: positional ranks rather than shared ranks for equal scores: BM25 scores tie
 * often (lengths are quantised to a byte), and sharing their ranks cost 0.014 MAP@5 on the dev tweets
 * and 0.05 for reciprocal-rank fusion, whose sums then tie and fall to the scorer's id order.
 */
final class CandidateFinder {
    static final int POOL = 100;

    private final CaseIndex index;
    /** Per model, per case: the title's and the summary's unit vectors (the same array when there is no summary). */
    private final List<float[][]> titleVectors;
    private final List<float[][]> summaryVectors;
    private final List<WordOverlap> titleWords;
    private final List<WordOverlap> allWords;
    private final List<Set<String>> allNumbers;
    private final int[] copies;
    /** Per case, the vectors of its title's content words and of its title's and summary's. */
    private final List<float[][]> titleWordVectors;
    private final List<float[][]> allWordVectors;
    private final List<double[]> titleWordWeights;

    /**
     * @param allWords   per case, the words of its title and summary
     * @param allNumbers per case, the numbers of its title and summary ({@link ClaimSignals#numbersOf})
     * @param copies     per case, how many copies its group holds
     */
    CandidateFinder(CaseIndex index, List<float[][]> titleVectors, List<float[][]> summaryVectors,
                    List<WordOverlap> titleWords, List<WordOverlap> allWords, List<Set<String>> allNumbers, int[] copies,
                    List<float[][]> titleWordVectors, List<float[][]> allWordVectors, List<double[]> titleWordWeights) {
        this.index = index;
        this.titleVectors = titleVectors;
        this.summaryVectors = summaryVectors;
        this.titleWords = titleWords;
        this.allWords = allWords;
        this.allNumbers = allNumbers;
        this.copies = copies;
        this.titleWordVectors = titleWordVectors;
        this.allWordVectors = allWordVectors;
        this.titleWordWeights = titleWordWeights;
    }

    /**
     * @param text    the normalised claim
     * @param vectors the claim's unit vector per model, in {@link Candidate#MODELS} order
     * @param author  the name that signed the claim (a tweet's signature), if any
     * @param signals what the claim as written names ({@link ClaimSignals#of})
     * @param wordVectors     the vectors of the claim's content words ({@link WordAlignment})
     * @param wordWeights     their inverse document frequencies in the cases ({@link WordAlignment#weights})
     * @param sentenceVectors per model, the unit vectors of the claim's sentences ({@link ClaimText#sentences}; none for one sentence)
     */
    List<Candidate> candidates(String text, List<float[]> vectors, Optional<String> author, ClaimSignals signals,
                               float[][] wordVectors, double[] wordWeights, List<List<float[]>> sentenceVectors) {
        Map<Integer, double[]> f = new HashMap<>();
        put(f, index.search(text, CaseIndex.ALL, POOL), Candidate.BM25_ALL, Candidate.BM25_RANK);
        put(f, index.search(text, CaseIndex.TITLE, POOL), 1, -1);
        put(f, index.search(text, CaseIndex.SUMMARY, POOL), 2, -1);
        int n = titleWords.size();
        List<double[][]> cosines = new ArrayList<>();
        for (int m = 0; m < vectors.size(); m++) {
            float[] v = vectors.get(m);
            float[][] titles = titleVectors.get(m);
            float[][] summaries = summaryVectors.get(m);
            double[][] cos = new double[2][n];
            for (int i = 0; i < n; i++) {
                cos[0][i] = VectorUtil.dotProduct(v, titles[i]);
                cos[1][i] = titles[i] == summaries[i] ? cos[0][i] : VectorUtil.dotProduct(v, summaries[i]);
            }
            cosines.add(cos);
            List<Integer> top = topByCosine(cos[0], cos[1]);
            int rr = Candidate.cosTitle(m) + 2;
            for (int r = 0; r < top.size(); r++) {
                f.computeIfAbsent(top.get(r), o -> new double[Candidate.FEATURES.size()])[rr] = 1.0 / (r + 1);
            }
        }
        WordOverlap claimWords = WordOverlap.of(text);
        Optional<WordOverlap> signer = author.map(WordOverlap::of);
        List<Candidate> out = new ArrayList<>(f.size());
        f.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int ord = e.getKey();
            double[] x = e.getValue();
            for (int m = 0; m < cosines.size(); m++) {
                x[Candidate.cosTitle(m)] = cosines.get(m)[0][ord];
                x[Candidate.cosTitle(m) + 1] = cosines.get(m)[1][ord];
            }
            WordOverlap caseWords = titleWords.get(ord);
            x[Candidate.OVERLAP] = caseWords.wordsCoveredBy(claimWords);
            x[Candidate.OVERLAP + 1] = caseWords.pairsCoveredBy(claimWords);
            x[Candidate.OVERLAP + 2] = caseWords.sharesYear(claimWords) ? 1 : 0;
            x[Candidate.OVERLAP + 3] = signer.map(s -> s.wordsCoveredBy(allWords.get(ord))).orElse(0.0);
            double[] shared = signals.sharedWith(allWords.get(ord).words(), allNumbers.get(ord));
            System.arraycopy(shared, 0, x, Candidate.SIGNALS, shared.length);
            x[Candidate.SIGNALS + ClaimSignals.SIZE] = Math.log1p(caseWords.words().size());
            x[Candidate.SIGNALS + ClaimSignals.SIZE + 1] = Math.log(copies[ord]);
            // Each word's best match once, averaged plainly and by inverse document frequency.
            double[] claimBest = WordAlignment.best(wordVectors, allWordVectors.get(ord));
            double[] titleBest = WordAlignment.best(titleWordVectors.get(ord), wordVectors);
            x[Candidate.ALIGN] = WordAlignment.mean(claimBest, null);
            x[Candidate.ALIGN + 1] = WordAlignment.mean(titleBest, null);
            x[Candidate.ALIGN + 2] = WordAlignment.mean(claimBest, wordWeights);
            x[Candidate.ALIGN + 3] = WordAlignment.mean(titleBest, titleWordWeights.get(ord));
            for (int m = 0; m < cosines.size(); m++) {
                double best = Math.max(cosines.get(m)[0][ord], cosines.get(m)[1][ord]);
                for (float[] v : sentenceVectors.get(m)) {
                    best = Math.max(best, Math.max(VectorUtil.dotProduct(v, titleVectors.get(m)[ord]),
                            VectorUtil.dotProduct(v, summaryVectors.get(m)[ord])));
                }
                x[Candidate.SENTENCE + m] = best;
            }
            out.add(new Candidate(ord, x));
        });
        return out;
    }

    private static void put(Map<Integer, double[]> f, List<CaseIndex.Hit> hits, int feature, int rankFeature) {
        if (hits.isEmpty()) {
            return;
        }
        double best = hits.get(0).score();
        for (int r = 0; r < hits.size(); r++) {
            CaseIndex.Hit h = hits.get(r);
            double[] x = f.computeIfAbsent(h.ord(), o -> new double[Candidate.FEATURES.size()]);
            x[feature] = h.score() / best;
            if (rankFeature >= 0) {
                x[rankFeature] = 1.0 / (r + 1);
                x[3] = Math.log1p(h.score());
            }
        }
    }

    private static List<Integer> topByCosine(double[] cosTitle, double[] cosSummary) {
        PriorityQueue<double[]> heap = new PriorityQueue<>(POOL + 1,
                Comparator.<double[]>comparingDouble(a -> a[0]).thenComparing(a -> -a[1]));
        for (int i = 0; i < cosTitle.length; i++) {
            heap.add(new double[] {Math.max(cosTitle[i], cosSummary[i]), i});
            if (heap.size() > POOL) {
                heap.poll();
            }
        }
        List<double[]> top = new ArrayList<>(heap);
        top.sort(Comparator.<double[]>comparingDouble(a -> -a[0]).thenComparingDouble(a -> a[1]));
        return top.stream().map(a -> (int) a[1]).toList();
    }
}
