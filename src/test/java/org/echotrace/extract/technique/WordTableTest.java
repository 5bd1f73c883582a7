package org.echotrace.extract.technique;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private static final Map<String, float[]> VECTORS = new TreeMap<>(Map.of(
            "vile", new float[] {1f, 0f}, "liar", new float[] {0f, 1f}, "the", new float[] {0.6f, 0.8f}));
    /** Two outputs: {@code d[dim * 2 + k]}. */
    private static final float[] D = {0.5f, -1f, 2f, 0.25f};

    @Test
    void foldedScoresAddWhatTheProjectionOfTheMeanVectorWould() {
        WordTable table = WordTable.fold(VECTORS, D, 2, 2, "u=");
        double[] z = new double[2];
        // "vile" and "liar" are known, "zzz" is not (a zero vector), "b" is no word of the bag.
        table.addMean(z, new String[] {"b", "u=vile", "u=liar", "u=zzz"});
        float[] mean = TechniqueClassifier.meanVector(new String[] {"vile", "liar", "zzz"}, VECTORS, 2);
        double[] expected = {mean[0] * D[0] + mean[1] * D[2], mean[0] * D[1] + mean[1] * D[3]};
        assertArrayEquals(expected, z, 1e-6);
        assertEquals(2.0 * (0.5 + 2) / 3, z[0], 1e-6);
    }

    @Test
    void aBagWithoutKnownWordsAddsNothing() {
        double[] z = {1, 2};
        WordTable.fold(VECTORS, D, 2, 2, "u=").addMean(z, new String[] {"b", "u=zzz"});
        WordTable.empty(2, "u=").addMean(z, new String[] {"u=vile"});
        assertArrayEquals(new double[] {1, 2}, z);
    }

    @Test
    void theTableSurvivesAWriteAndRead() throws IOException {
        WordTable table = WordTable.fold(VECTORS, D, 2, 2, "u=");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.write(new DataOutputStream(bytes));
        WordTable back = WordTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        String[] bag = {"u=the", "u=vile"};
        double[] a = new double[2];
        double[] b = new double[2];
        table.addMean(a, bag);
        back.addMean(b, bag);
        // Half-precision storage: equal to about three significant digits.
        assertArrayEquals(a, b, 1e-2);
        assertEquals(3, back.size());
    }
}
