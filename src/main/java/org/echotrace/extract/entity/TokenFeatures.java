package org.echotrace.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The features of one token for the tagger: the word and its neighbours, their shapes, affixes and
 * part-of-speech tags (UPOS, from the same OpenNLP tagger at training and at run time), the cue
 * lists, and the document's casing of the word.
 *
 * <p>Design decision: the feature set follows what made linear CoNLL taggers good (Ratinov and Roth
 * 2009; Stanford's CRF): a +-2 window, shapes that collapse repeats ("Xx-Xx"), prefixes and
 * suffixes up to four letters, and non-local casing instead of gazetteers we cannot ship.
 */
final class TokenFeatures {
    private final List<String> words;
    private final List<String> pos;
    private final DocumentContext doc;
    private final boolean upperSentence;
    private final String[] lower;
    private final String[] shape;
    private final int[][] cluster;

    TokenFeatures(List<String> words, List<String> pos, DocumentContext doc, WordClusters clusters) {
        this.words = words;
        this.pos = pos;
        this.doc = doc;
        this.upperSentence = DocumentContext.mostlyUpperCase(words);
        this.lower = new String[words.size()];
        this.shape = new String[words.size()];
        this.cluster = new int[words.size()][];
        for (int i = 0; i < words.size(); i++) {
            cluster[i] = clusters.of(words.get(i));
            lower[i] = normalisedDigits(words.get(i).toLowerCase(Locale.ROOT));
            shape[i] = shortShape(words.get(i));
        }
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    void emit(int i, Consumer<String> out) {
        emitWord(i, out);
        emitContext(i, out);
    }

    /** The features of the word alone, the same wherever it stands (so they can be cached per word). */
    void emitWord(int i, Consumer<String> out) {
        String w = words.get(i);
        String lw = lower[i];
        String sh = shape[i];
        out.accept("b");
        out.accept("w=" + w);
        out.accept("lw=" + lw);
        out.accept("sh=" + sh);
        out.accept("ls=" + longShape(w));
        for (int k = 1; k <= 4 && k < lw.length(); k++) {
            out.accept("pre" + k + "=" + lw.substring(0, k));
            out.accept("suf" + k + "=" + lw.substring(lw.length() - k));
        }
        if (cluster[i] != null) {
            for (int g = 0; g < cluster[i].length; g++) {
                out.accept("c" + g + "=" + cluster[i][g]);
            }
            out.accept("c1=" + cluster[i][cluster[i].length / 2] + "|sh=" + sh);
        }
        String cue = Cues.classOf(w);
        if (cue != null) {
            out.accept("cue=" + cue);
        }
    }

    /** The features of the word in its sentence and document. */
    void emitContext(int i, Consumer<String> out) {
        String w = words.get(i);
        String lw = lower[i];
        String sh = shape[i];
        out.accept("p=" + pos.get(i));
        out.accept("p=" + pos.get(i) + "|sh=" + sh);
        if (i == 0) {
            out.accept("first|sh=" + sh);
        }
        String casing = doc.casing(w);
        if (upperSentence) {
            out.accept("upsent|sh=" + sh);
            out.accept("upsent|dc=" + casing);
        }
        out.accept("dc=" + casing);
        out.accept("dc=" + casing + "|sh=" + sh + "|first=" + (i == 0));
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            String at = "@" + d + "=";
            if (j < 0 || j >= words.size()) {
                out.accept("lw" + at + (j < 0 ? "<s>" : "</s>"));
                continue;
            }
            out.accept("lw" + at + lower[j]);
            if (Math.abs(d) == 1) {
                out.accept("sh" + at + shape[j]);
                out.accept("p" + at + pos.get(j));
                if (cluster[j] != null) {
                    out.accept("c" + at + cluster[j][cluster[j].length / 2]);
                }
                String c = Cues.classOf(words.get(j));
                if (c != null) {
                    out.accept("cue" + at + c);
                }
            }
        }
        String prevW = i > 0 ? lower[i - 1] : "<s>";
        String nextW = i + 1 < words.size() ? lower[i + 1] : "</s>";
        String prevS = i > 0 ? shape[i - 1] : "<s>";
        String nextS = i + 1 < words.size() ? shape[i + 1] : "</s>";
        out.accept("lw-1lw=" + prevW + "|" + lw);
        out.accept("lwlw+1=" + lw + "|" + nextW);
        out.accept("sh-1sh=" + prevS + "|" + sh);
        out.accept("shsh+1=" + sh + "|" + nextS);
        out.accept("sh-1shsh+1=" + prevS + "|" + sh + "|" + nextS);
        out.accept("p-1p=" + (i > 0 ? pos.get(i - 1) : "<s>") + "|" + pos.get(i));
        out.accept("pp+1=" + pos.get(i) + "|" + (i + 1 < words.size() ? pos.get(i + 1) : "</s>"));
    }

    /** Digits folded to 0, so "1996-08-22" and "1997-01-03" are one word. */
    private static String normalisedDigits(String w) {
        StringBuilder b = null;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                if (b == null) {
                    b = new StringBuilder(w);
                }
                b.setCharAt(i, '0');
            }
        }
        return b == null ? w : b.toString();
    }

    /** Character classes with runs collapsed: "Konashenkov" is "Xx", "U.S." is "X.X.", "al-Tanf" is "x-Xx". */
    static String shortShape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = cls(w.charAt(i));
            if (c != last) {
                b.append(c);
                last = c;
            }
        }
        return b.toString();
    }

    /** Character classes of the first six characters and the last two, uncollapsed. */
    private static String longShape(String w) {
        StringBuilder b = new StringBuilder();
        int n = w.length();
        for (int i = 0; i < n; i++) {
            if (i < 6 || i >= n - 2) {
                b.append(cls(w.charAt(i)));
            } else if (i == 6) {
                b.append('~');
            }
        }
        return b.toString();
    }

    private static char cls(char c) {
        if (Character.isUpperCase(c)) {
            return 'X';
        }
        if (Character.isLowerCase(c)) {
            return 'x';
        }
        if (Character.isDigit(c)) {
            return 'd';
        }
        if (Character.isLetter(c)) {
            return 'a';
        }
        return c;
    }
}
