package org.echotrace.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 exactly as the CoNLL shared tasks' {@code conlleval}
 * computes them: a chunk counts as correct when gold and guess start it at the same token, end it
 * at the same token and give it the same type; chunk starts and ends follow conlleval's rules for
 * IOB1 and IOB2 tags ({@code I-} after {@code O} or after another type starts a chunk); a
 * sentence break closes every chunk. Feed sentences in order, then read the counts.
 */
public final class ConllScorer {
    /** Counts of one type (or of all): gold chunks, guessed chunks, correct chunks. */
    public record Counts(int gold, int guessed, int correct) {
        public double precision() {
            return guessed == 0 ? 0 : (double) correct / guessed;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, int[]> perType = new TreeMap<>();
    private int tokens;
    private int correctTags;

    /** Adds one sentence: gold and guessed tags of its tokens ({@code O}, {@code B-X}, {@code I-X}). */
    public void add(List<String> gold, List<String> guessed) {
        if (gold.size() != guessed.size()) {
            throw new IllegalArgumentException(gold.size() + " gold tags but " + guessed.size() + " guesses");
        }
        String lastG = "O";
        String lastGType = "";
        String lastP = "O";
        String lastPType = "";
        boolean inCorrect = false;
        for (int i = 0; i <= gold.size(); i++) {
            boolean boundary = i == gold.size();
            String g = boundary ? "O" : gold.get(i);
            String p = boundary ? "O" : guessed.get(i);
            String gTag = prefix(g);
            String gType = type(g);
            String pTag = prefix(p);
            String pType = type(p);
            boolean gEnd = endOfChunk(lastG, gTag, lastGType, gType);
            boolean pEnd = endOfChunk(lastP, pTag, lastPType, pType);
            if (inCorrect) {
                if (gEnd && pEnd && lastPType.equals(lastGType)) {
                    inCorrect = false;
                    counts(lastGType)[2]++;
                } else if (gEnd != pEnd || !pType.equals(gType)) {
                    inCorrect = false;
                }
            }
            boolean gStart = startOfChunk(lastG, gTag, lastGType, gType);
            boolean pStart = startOfChunk(lastP, pTag, lastPType, pType);
            if (gStart && pStart && pType.equals(gType)) {
                inCorrect = true;
            }
            if (gStart) {
                counts(gType)[0]++;
            }
            if (pStart) {
                counts(pType)[1]++;
            }
            if (!boundary) {
                tokens++;
                if (gTag.equals(pTag) && gType.equals(pType)) {
                    correctTags++;
                }
            }
            lastG = gTag;
            lastGType = gType;
            lastP = pTag;
            lastPType = pType;
        }
    }

    private int[] counts(String type) {
        return perType.computeIfAbsent(type, k -> new int[3]);
    }

    public Counts overall() {
        int g = 0;
        int p = 0;
        int c = 0;
        for (int[] v : perType.values()) {
            g += v[0];
            p += v[1];
            c += v[2];
        }
        return new Counts(g, p, c);
    }

    /** Counts per type, in type-name order (as conlleval lists them). */
    public Map<String, Counts> byType() {
        Map<String, Counts> out = new TreeMap<>();
        perType.forEach((k, v) -> out.put(k, new Counts(v[0], v[1], v[2])));
        return out;
    }

    /** Token accuracy, conlleval's first figure: tokens whose whole tag (prefix and type) agrees. */
    public double accuracy() {
        return tokens == 0 ? 0 : (double) correctTags / tokens;
    }

    public int tokens() {
        return tokens;
    }

    private static String prefix(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static String type(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? "" : tag.substring(dash + 1);
    }

    private static boolean endOfChunk(String prev, String tag, String prevType, String type) {
        boolean prevOpen = prev.equals("B") || prev.equals("I");
        return (prevOpen && (tag.equals("B") || tag.equals("O")))
                || (prev.equals("E") && (tag.equals("E") || tag.equals("I") || tag.equals("O")))
                || (!prev.equals("O") && !prev.equals(".") && !prevType.equals(type))
                || prev.equals("]") || prev.equals("[");
    }

    private static boolean startOfChunk(String prev, String tag, String prevType, String type) {
        return (tag.equals("B") && (prev.equals("B") || prev.equals("I") || prev.equals("O")))
                || (prev.equals("O") && (tag.equals("I") || tag.equals("E")))
                || (prev.equals("E") && (tag.equals("E") || tag.equals("I")))
                || (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type))
                || tag.equals("[") || tag.equals("]");
    }
}
