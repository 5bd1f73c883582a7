package org.echotrace.extract.entity;

import org.echotrace.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagger's label set: BILOU over the four entity types (Begin, Inside, Last, Unit, Outside),
 * 17 labels, with the transitions a well-formed sequence allows.
 *
 * <p>Design decision: BILOU rather than BIO. Ratinov and Roth (2009) measured it better on CoNLL
 * with a linear model: the last token of a name ("... Ministry", "... Forces") gets its own weights.
 */
final class Labels {
    static final int O = 0;
    static final int COUNT = 1 + 4 * EntityType.values().length;
    private static final char[] KINDS = {'B', 'I', 'L', 'U'};

    private Labels() {
    }

    static int of(char kind, EntityType type) {
        int k = new String(KINDS).indexOf(kind);
        if (k < 0) {
            throw new IllegalArgumentException("no label kind " + kind);
        }
        return 1 + type.ordinal() * 4 + k;
    }

    static char kind(int label) {
        return label == O ? 'O' : KINDS[(label - 1) % 4];
    }

    private static final EntityType[] TYPES = EntityType.values();

    static EntityType type(int label) {
        if (label == O) {
            throw new IllegalArgumentException("O has no type");
        }
        return TYPES[(label - 1) / 4];
    }

    static String name(int label) {
        return label == O ? "O" : kind(label) + "-" + type(label).name();
    }

    private static final boolean[][] ALLOWED = new boolean[COUNT + 1][COUNT];

    static {
        for (int p = -1; p < COUNT; p++) {
            for (int n = 0; n < COUNT; n++) {
                ALLOWED[p + 1][n] = computeAllowed(p, n);
            }
        }
    }

    /** Whether {@code next} may follow {@code prev}; {@code prev < 0} is the sentence start. */
    static boolean allowed(int prev, int next) {
        return ALLOWED[prev + 1][next];
    }

    private static boolean computeAllowed(int prev, int next) {
        char p = prev < 0 ? 'O' : kind(prev);
        char n = kind(next);
        boolean prevOpen = p == 'B' || p == 'I';
        if (prevOpen) {
            return (n == 'I' || n == 'L') && type(prev) == type(next);
        }
        return n == 'O' || n == 'B' || n == 'U';
    }

    /** Whether a sentence may end on {@code label}. */
    static boolean canEnd(int label) {
        char k = kind(label);
        return k != 'B' && k != 'I';
    }

    /** BILOU labels of a sentence of {@code length} tokens holding {@code chunks}. */
    static int[] encode(int length, List<Chunk> chunks) {
        int[] out = new int[length];
        for (Chunk c : chunks) {
            if (c.to() - c.from() == 1) {
                out[c.from()] = of('U', c.type());
                continue;
            }
            out[c.from()] = of('B', c.type());
            for (int i = c.from() + 1; i < c.to() - 1; i++) {
                out[i] = of('I', c.type());
            }
            out[c.to() - 1] = of('L', c.type());
        }
        return out;
    }

    /** The chunks of a well-formed label sequence, scores taken from {@code confidence} per token (min over the chunk). */
    static List<Chunk> decode(int[] labels, double[] confidence) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        double min = 1;
        for (int i = 0; i < labels.length; i++) {
            char k = kind(labels[i]);
            if (k == 'B' || k == 'U') {
                start = i;
                min = 1;
            }
            if (k != 'O' && start >= 0) {
                min = Math.min(min, confidence[i]);
            }
            if ((k == 'L' || k == 'U') && start >= 0) {
                out.add(new Chunk(start, i + 1, type(labels[i]), min));
                start = -1;
            }
        }
        return out;
    }
}
