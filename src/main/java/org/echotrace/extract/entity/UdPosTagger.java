package org.echotrace.extract.entity;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * UPOS tags for words already split into tokens (a CoNLL file's), from the same OpenNLP model
 * {@code extract.nlp.SentenceAnnotator} tags articles with, so the tagger trains on the tags it
 * will see at run time rather than the files' Penn Treebank tags. Thread-safe.
 */
public final class UdPosTagger {
    static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int WINDOW = 200;

    private final ThreadSafePOSTaggerME tagger;

    public UdPosTagger() {
        try (InputStream in = UdPosTagger.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + MODEL + " is not on the class path");
            }
            this.tagger = new ThreadSafePOSTaggerME(new POSModel(in), POSTagFormat.UD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
    }

    /** Tags in windows of 200 words, as the annotator does, so a very long line cannot stall the beam. */
    public List<String> tag(List<String> words) {
        String[] w = words.toArray(String[]::new);
        String[] out = new String[w.length];
        for (int from = 0; from < w.length; from += WINDOW) {
            int to = Math.min(w.length, from + WINDOW);
            System.arraycopy(tagger.tag(Arrays.copyOfRange(w, from, to)), 0, out, from, to - from);
        }
        return List.of(out);
    }
}
