package org.echotrace.extract.claim;

import java.util.Arrays;

/**
 * Feature ids by hashing, filled one token or cue at a time: each feature is a template name and
 * up to three values ("wn", "say", "that"), mixed into a row of a fixed-size weight table. No
 * feature string is built and no dictionary is kept, so the tagger reads a token with a few dozen
 * multiplications and the model file holds only weights.
 *
 * <p>Design decision: the values' {@link String#hashCode()} (fixed by the Java specification, and
 * cached in each string) mixed with the 64-bit finaliser of MurmurHash3, so the same feature gets
 * the same row on every machine and run. Distinct features may share a row: the tagger's 2^21 rows
 * hold well over a million distinct features (1.1 million before the cue classes and clause
 * features), and twice the rows scored 0.001 more relation F1 in
 * cross-validation on PolNeAR train (0.726 against 0.725), not worth twice the memory.
 */
final class FeatureHash {
    private final int bits;
    private int[] ids = new int[96];
    private int size;

    FeatureHash(int bits) {
        this.bits = bits;
    }

    int bits() {
        return bits;
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    int[] ids() {
        return ids;
    }

    int[] toArray() {
        return Arrays.copyOf(ids, size);
    }

    void add(String name) {
        put(start(name));
    }

    void add(String name, String a) {
        put(step(start(name), a.hashCode()));
    }

    void add(String name, int a) {
        put(step(start(name), a));
    }

    void add(String name, String a, String b) {
        put(step(step(start(name), a.hashCode()), b.hashCode()));
    }

    void add(String name, String a, int b) {
        put(step(step(start(name), a.hashCode()), b));
    }

    void add(String name, String a, String b, String c) {
        put(step(step(step(start(name), a.hashCode()), b.hashCode()), c.hashCode()));
    }

    private static long start(String name) {
        return name.hashCode() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }

    private static long step(long h, int v) {
        return (h ^ (v & 0xFFFFFFFFL)) * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    }

    private void put(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = (int) (h >>> (64 - bits));
    }
}
