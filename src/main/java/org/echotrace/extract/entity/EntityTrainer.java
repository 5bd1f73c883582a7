package org.echotrace.extract.entity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the tagger: an averaged structured perceptron (Collins 2002) over {@link TokenFeatures},
 * decoded with {@link Viterbi}, on documents of CoNLL-format files.
 *
 * <p>Design decision: the perceptron, not a CRF, because it needs no gradient of a partition
 * function and trains on CoNLL in well under a minute on one core; averaging gives it most of a
 * CRF's accuracy. Features seen fewer than {@code minCount} times are dropped, which keeps the
 * model to a few MB. Sentences are visited in a seeded shuffled order, so a seed fixes the model.
 */
public final class EntityTrainer {
    public record Options(int epochs, int minCount, long seed) {
        public static final Options DEFAULT = new Options(12, 2, 20260501L);
    }

    /**
     * Training documents, how often each is visited per epoch (an in-domain set may weigh more), and
     * whether its entities are trimmed to CoNLL's conventions ({@link TagChunks#conllConventions}).
     */
    public record Source(List<LabelledDocument> docs, int weight, boolean trimEdges) {
    }

    private record Example(int[][] features, int[] gold) {
    }

    private final UdPosTagger pos;
    private final PrintStream log;

    public EntityTrainer(UdPosTagger pos, PrintStream log) {
        this.pos = pos;
        this.log = log;
    }

    /** Trains on the sources and writes the model to {@code out}; returns the number of features kept. */
    public int train(List<Source> sources, WordClusters clusters, Options options, Path out) throws IOException {
        List<int[]> feats = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int[] counts = new int[1 << 20];
        for (Source s : sources) {
            for (LabelledDocument doc : s.docs()) {
                List<List<String>> words = doc.sentences().stream().map(LabelledSentence::words).toList();
                DocumentContext ctx = new DocumentContext(words);
                for (LabelledSentence sentence : doc.sentences()) {
                    TokenFeatures tf = new TokenFeatures(sentence.words(), pos.tag(sentence.words()), ctx, clusters);
                    List<Chunk> chunks = TagChunks.of(sentence.tags()).stream()
                            .map(c -> s.trimEdges() ? TagChunks.conllConventions(sentence.words(), c) : c).filter(c -> c != null).toList();
                    for (int i = 0; i < tf.size(); i++) {
                        List<Integer> f = new ArrayList<>();
                        tf.emit(i, name -> f.add(seen.computeIfAbsent(name, k -> seen.size())));
                        int[] ids = f.stream().mapToInt(Integer::intValue).toArray();
                        if (seen.size() > counts.length) {
                            counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                        }
                        for (int id : ids) {
                            counts[id]++;
                        }
                        feats.add(ids);
                    }
                    golds.add(Labels.encode(tf.size(), chunks));
                    weights.add(s.weight());
                }
            }
        }
        log.printf("entities: %d sentences, %d distinct features%n", golds.size(), seen.size());
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            if (counts[e.getValue()] >= options.minCount()) {
                names.add(e.getKey());
            }
        }
        Collections.sort(names);
        int[] remap = new int[seen.size()];
        java.util.Arrays.fill(remap, -1);
        for (int i = 0; i < names.size(); i++) {
            remap[seen.get(names.get(i))] = i;
        }
        seen.clear();
        List<Example> examples = new ArrayList<>();
        int token = 0;
        for (int s = 0; s < golds.size(); s++) {
            int[] gold = golds.get(s);
            int[][] f = new int[gold.length][];
            for (int i = 0; i < gold.length; i++) {
                f[i] = java.util.Arrays.stream(feats.get(token++)).map(x -> remap[x]).filter(x -> x >= 0).toArray();
            }
            for (int w = 0; w < weights.get(s); w++) {
                examples.add(new Example(f, gold));
            }
        }
        feats.clear();
        log.printf("entities: %d features kept (seen >= %d times), %d examples per epoch%n",
                names.size(), options.minCount(), examples.size());
        Perceptron p = new Perceptron(names.size());
        Random random = new Random(options.seed());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            int wrong = 0;
            for (int i : order) {
                Example e = examples.get(i);
                wrong += p.learn(e.features(), e.gold());
            }
            log.printf("entities: epoch %d/%d, %d tokens mislabelled%n", epoch, options.epochs(), wrong);
        }
        Perceptron.Averaged avg = p.averaged();
        EntityModel.write(out, names, avg.weights(), avg.transitions(), clusters);
        return names.size();
    }

    /**
     * Word classes induced from the training sentences and the unlabelled ones, at 64, 256 and
     * 1024 classes; words seen fewer than three times are left out.
     */
    public static WordClusters clusters(List<Source> sources, List<List<String>> unlabelled, PrintStream log) {
        List<List<String>> all = new ArrayList<>();
        sources.forEach(s -> s.docs().forEach(d -> d.sentences().forEach(x -> all.add(x.words()))));
        all.addAll(unlabelled);
        return ClusterInduction.induce(all, List.of(64, 256, 1024), 3, 8, log);
    }

}
