package org.echotrace.extract.technique;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AveragingNetworkTest {
    private static final Map<String, float[]> VECTORS = new TreeMap<>(Map.of(
            "vile", new float[] {1f, 0f}, "bold", new float[] {0f, 1f},
            "senator", new float[] {1f, 0f}, "plan", new float[] {0f, 1f}));
    private static final List<String> BAGS = List.of("u=", "cw=");
    private static final AveragingNetwork.Settings SETTINGS = new AveragingNetwork.Settings(16, 300, 0.1, 1e-6, 0.0);

    /** The class of a fragment word in a context: 0 where the two agree (vile senator, bold plan), 1 where not. */
    private static int label(String word, String context) {
        return VECTORS.get(word)[0] == VECTORS.get(context)[0] ? 0 : 1;
    }

    private static String[] features(String word, String context) {
        return new String[] {"b", "u=" + word, "cw=" + context, "cw=unknown"};
    }

    private static AveragingNetwork trained(long seed) {
        List<String[]> examples = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            for (String w : List.of("vile", "bold")) {
                for (String c : List.of("senator", "plan")) {
                    examples.add(features(w, c));
                    labels.add(label(w, c));
                }
            }
        }
        return NetworkTraining.train(examples, labels.stream().mapToInt(Integer::intValue).toArray(), 2, VECTORS, BAGS,
                List.of(), SETTINGS, seed);
    }

    @Test
    void theHiddenLayerLearnsWhatNoLinearModelOfTheMeansCan() {
        // Agreement of the two bags is an exclusive or of their vectors: no weighting of the two means
        // separates it, a layer of rectified units does.
        AveragingNetwork n = trained(3);
        for (String w : List.of("vile", "bold")) {
            for (String c : List.of("senator", "plan")) {
                double[] l = n.logProbabilities(features(w, c));
                int y = label(w, c);
                assertTrue(l[y] > Math.log(0.9), w + " " + c + ": " + java.util.Arrays.toString(l));
            }
        }
    }

    @Test
    void theSameSeedTrainsTheSameNetworkAndItSurvivesAWriteAndRead() throws IOException {
        AveragingNetwork a = trained(5);
        AveragingNetwork b = trained(5);
        String[] x = features("vile", "plan");
        assertArrayEquals(a.logProbabilities(x), b.logProbabilities(x));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.write(new DataOutputStream(bytes));
        AveragingNetwork back = AveragingNetwork.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        // Rows in bytes, the rest in half precision: the same probabilities to about two digits.
        double[] pa = a.logProbabilities(x);
        double[] pb = back.logProbabilities(x);
        for (int k = 0; k < pa.length; k++) {
            assertEquals(Math.exp(pa[k]), Math.exp(pb[k]), 0.02);
        }
        assertEquals(4, back.size());
        assertEquals(16, back.hidden());
    }

    @Test
    void extraFeaturesAreInputsOfTheirOwn() throws IOException {
        // The same words either way: only whether the fragment recurs ("rep=2") tells the classes apart.
        List<String[]> examples = new ArrayList<>();
        int[] labels = new int[20];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 2;
            examples.add(i % 2 == 1 ? new String[] {"u=vile", "cw=plan", "rep=2", "rep=2"} : new String[] {"u=vile", "cw=plan", "rep=1"});
        }
        AveragingNetwork n = NetworkTraining.train(examples, labels, 2, VECTORS, BAGS, List.of("rep="), SETTINGS, 11);
        assertTrue(n.logProbabilities(new String[] {"u=vile", "cw=plan", "rep=2"})[1] > Math.log(0.9));
        assertTrue(n.logProbabilities(new String[] {"u=vile", "cw=plan", "rep=1"})[0] > Math.log(0.9));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        n.write(new DataOutputStream(bytes));
        AveragingNetwork back = AveragingNetwork.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        String[] x = {"u=bold", "rep=2"};
        assertEquals(Math.exp(n.logProbabilities(x)[1]), Math.exp(back.logProbabilities(x)[1]), 0.02);
    }

    @Test
    void aFeatureSetWithoutKnownWordsGetsTheNetworksPrior() {
        AveragingNetwork n = trained(7);
        double[] l = n.logProbabilities(new String[] {"b", "u=zzz"});
        double sum = 0;
        for (double v : l) {
            sum += Math.exp(v);
        }
        assertEquals(1.0, sum, 1e-9);
    }
}
