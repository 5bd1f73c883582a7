package org.echotrace.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded split of a file's documents into a training part and a held-out part; the same seed
 * always holds out the same documents, so training and evaluation agree on them.
 */
public record DocumentSplit(List<LabelledDocument> train, List<LabelledDocument> heldOut) {
    public static final long DEFAULT_SEED = 20260501L;
    public static final double HELD_OUT = 0.25;

    public DocumentSplit {
        train = List.copyOf(train);
        heldOut = List.copyOf(heldOut);
    }

    public static DocumentSplit of(List<LabelledDocument> docs, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int held = (int) Math.round(docs.size() * HELD_OUT);
        List<Integer> heldIdx = new ArrayList<>(order.subList(0, held));
        Collections.sort(heldIdx);
        List<LabelledDocument> train = new ArrayList<>();
        List<LabelledDocument> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            (Collections.binarySearch(heldIdx, i) >= 0 ? out : train).add(docs.get(i));
        }
        return new DocumentSplit(train, out);
    }
}
