package org.echotrace.extract.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The three English models, read once from the Maven model jars on the class path. The models are
 * immutable and shared by every thread; OpenNLP's {@code ThreadSafe...ME} wrappers give each thread
 * its own decoder.
 */
final class OpenNlpModels {
    static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile OpenNlpModels loaded;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;

    private OpenNlpModels() {
        try {
            sentences = new SentenceModel(open(SENTENCES));
            tokens = new TokenizerModel(open(TOKENS));
            pos = new POSModel(open(POS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model from the class path", e);
        }
    }

    static OpenNlpModels get() {
        OpenNlpModels m = loaded;
        if (m == null) {
            synchronized (OpenNlpModels.class) {
                m = loaded;
                if (m == null) {
                    m = new OpenNlpModels();
                    loaded = m;
                }
            }
        }
        return m;
    }

    private static InputStream open(String name) {
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path (opennlp-models-*-en jars)");
        }
        return in;
    }
}
