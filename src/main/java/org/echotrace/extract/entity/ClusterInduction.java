package org.echotrace.extract.entity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Induces word classes from unlabelled sentences with the predictive exchange algorithm
 * (Uszkoreit and Brants 2008): each word in turn moves to the class that most raises the
 * likelihood of a class-based bigram model P(w | class(w)) P(class(w) | previous word), until an
 * iteration limit. Deterministic: words are visited by frequency, then alphabetically.
 *
 * <p>Design decision: exchange, not Brown's agglomerative clustering, because one pass costs
 * (distinct bigrams x classes) and a million words cluster in seconds on one core; several flat
 * granularities stand in for the prefixes of Brown's hierarchy.
 */
final class ClusterInduction {
    private ClusterInduction() {
    }

    static WordClusters induce(List<List<String>> sentences, List<Integer> sizes, int minCount, int iterations, PrintStream log) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> vocab = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c >= minCount) {
                vocab.add(w);
            }
        });
        vocab.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            id.put(vocab.get(i), i);
        }
        int unk = vocab.size();
        int start = unk + 1;
        int words = unk + 1;
        Map<Long, Integer> bigrams = new HashMap<>();
        long[] unigram = new long[words];
        long total = 0;
        for (List<String> s : sentences) {
            int prev = start;
            for (String w : s) {
                int cur = id.getOrDefault(w, unk);
                bigrams.merge((long) cur * (start + 1) + prev, 1, Integer::sum);
                unigram[cur]++;
                total++;
                prev = cur;
            }
        }
        int[][] pred = new int[words][];
        int[][] cnt = new int[words][];
        int[] fill = new int[words];
        bigrams.keySet().forEach(k -> fill[(int) (k / (start + 1))]++);
        for (int w = 0; w < words; w++) {
            pred[w] = new int[fill[w]];
            cnt[w] = new int[fill[w]];
            fill[w] = 0;
        }
        List<Long> keys = new ArrayList<>(bigrams.keySet());
        keys.sort(null);
        for (long k : keys) {
            int w = (int) (k / (start + 1));
            pred[w][fill[w]] = (int) (k % (start + 1));
            cnt[w][fill[w]++] = bigrams.get(k);
        }
        double[] f = new double[(int) total + 2];
        for (int x = 1; x < f.length; x++) {
            f[x] = x * Math.log(x);
        }
        log.printf("entities: clustering %d words of %d tokens, %d distinct bigrams%n", words, total, keys.size());
        Map<String, int[]> classes = new HashMap<>();
        for (String w : vocab) {
            classes.put(w, new int[sizes.size()]);
        }
        for (int g = 0; g < sizes.size(); g++) {
            int[] cls = exchange(sizes.get(g), pred, cnt, unigram, f, start + 1, iterations);
            for (int w = 0; w < vocab.size(); w++) {
                classes.get(vocab.get(w))[g] = cls[w];
            }
            log.printf("entities: %d word classes induced%n", sizes.get(g));
        }
        return new WordClusters(sizes, classes);
    }

    private static int[] exchange(int k, int[][] pred, int[][] cnt, long[] unigram, double[] f, int predecessors, int iterations) {
        int words = pred.length;
        int[] cls = new int[words];
        int[][] n = new int[predecessors][k];
        long[] nc = new long[k];
        for (int w = 0; w < words; w++) {
            cls[w] = w % k;
            nc[cls[w]] += unigram[w];
            for (int j = 0; j < pred[w].length; j++) {
                n[pred[w][j]][cls[w]] += cnt[w][j];
            }
        }
        double[] delta = new double[k];
        for (int it = 0; it < iterations; it++) {
            int moved = 0;
            for (int w = 0; w < words; w++) {
                int a = cls[w];
                int[] p = pred[w];
                int[] c = cnt[w];
                for (int j = 0; j < p.length; j++) {
                    n[p[j]][a] -= c[j];
                }
                nc[a] -= unigram[w];
                for (int b = 0; b < k; b++) {
                    delta[b] = f[(int) nc[b]] - f[(int) (nc[b] + unigram[w])];
                }
                for (int j = 0; j < p.length; j++) {
                    int[] row = n[p[j]];
                    int add = c[j];
                    for (int b = 0; b < k; b++) {
                        delta[b] += f[row[b] + add] - f[row[b]];
                    }
                }
                int best = a;
                for (int b = 0; b < k; b++) {
                    if (delta[b] > delta[best] + 1e-9) {
                        best = b;
                    }
                }
                for (int j = 0; j < p.length; j++) {
                    n[p[j]][best] += c[j];
                }
                nc[best] += unigram[w];
                if (best != a) {
                    moved++;
                    cls[w] = best;
                }
            }
            if (moved == 0) {
                break;
            }
        }
        return cls;
    }
}
