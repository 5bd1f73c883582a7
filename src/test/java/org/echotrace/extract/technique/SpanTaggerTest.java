package org.echotrace.extract.technique;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTaggerTest {
    @Test
    void fragmentsAreRunsThatBeginWithB() {
        int o = SpanTagger.O;
        int b = SpanTagger.B;
        int i = SpanTagger.I;
        List<int[]> f = SpanTagger.fragments(new int[] {o, b, i, i, o, b, b, i});
        assertEquals(3, f.size());
        assertArrayEquals(new int[] {1, 4}, f.get(0));
        assertArrayEquals(new int[] {5, 6}, f.get(1));
        assertArrayEquals(new int[] {6, 8}, f.get(2));
    }

    @Test
    void decodingNeverStartsAFragmentWithAnInsideTag() {
        // One feature that strongly votes I on every token: the decoder must still open with B.
        float[] w = {0, 0, 5};
        float[] trans = new float[12];
        int[] tags = SpanTagger.viterbi(new int[][] {{0}, {0}, {0}}, w, trans, 0f);
        assertNotEquals(SpanTagger.I, tags[0]);
        for (int k = 1; k < tags.length; k++) {
            if (tags[k] == SpanTagger.I) {
                assertNotEquals(SpanTagger.O, tags[k - 1]);
            }
        }
    }

    @Test
    void learnsToMarkTheWordsThatAreAlwaysMarked() {
        // Sentences of filler words where "vile lies" is always the fragment.
        List<String[][]> sentences = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        String[] fillers = {"the", "minister", "spoke", "today", "about", "taxes"};
        for (int n = 0; n < 40; n++) {
            int at = n % 4;
            List<String[]> toks = new ArrayList<>();
            List<Integer> tags = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                if (k == at) {
                    toks.add(new String[] {"w=vile"});
                    toks.add(new String[] {"w=lies"});
                    tags.add(SpanTagger.B);
                    tags.add(SpanTagger.I);
                }
                toks.add(new String[] {"w=" + fillers[(k + n) % fillers.length]});
                tags.add(SpanTagger.O);
            }
            sentences.add(toks.toArray(String[][]::new));
            gold.add(tags.stream().mapToInt(Integer::intValue).toArray());
        }
        FeatureIndex index = FeatureIndex.build(sentences.stream().flatMap(java.util.Arrays::stream).toList(), 1);
        int[][][] data = sentences.stream().map(s -> java.util.Arrays.stream(s).map(index::ids).toArray(int[][]::new))
                .toArray(int[][][]::new);
        SpanTagger tagger = SpanTagger.train(index, data, gold, 5, 7);
        int[] tags = tagger.tag(new String[][] {{"w=taxes"}, {"w=vile"}, {"w=lies"}, {"w=today"}});
        assertArrayEquals(new int[] {SpanTagger.O, SpanTagger.B, SpanTagger.I, SpanTagger.O}, tags);
    }

    @Test
    void theMeanOfTwoTaggersScoresTheMeanOfTheirEmissionsOverTheUnionOfTheirFeatures() {
        FeatureIndex a = FeatureIndex.build(List.<String[]>of(new String[] {"w=vile"}), 1);
        FeatureIndex b = FeatureIndex.build(List.<String[]>of(new String[] {"w=lies", "w=vile"}), 1);
        // Weights per feature: O, B, I. In b, "w=lies" has id 0 and "w=vile" id 1 (sorted names).
        SpanTagger first = new SpanTagger(a, new float[] {0, 4, 0}, new float[12], -1f);
        SpanTagger second = new SpanTagger(b, new float[] {0, 0, 6, 0, 2, 0}, new float[12], -9f);
        SpanTagger mean = SpanTagger.average(List.of(first, second));
        double[] m = mean.margins(new String[][] {{"w=vile"}, {"w=lies"}, {"w=unknown"}});
        assertArrayEquals(new double[] {3, 3, 0}, m, 1e-6);
        assertEquals(-1f, mean.outsideBias());
    }
}
