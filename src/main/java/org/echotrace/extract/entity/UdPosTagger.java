package org.echotrace.extract.entity;

import org.echotrace.extract.nlp.SentenceAnnotator;

import java.util.List;

/**
 * UPOS tags for words already split into tokens (a CoNLL file's), from the same OpenNLP model and
 * windowing {@code extract.nlp.SentenceAnnotator} tags articles with, so the tagger trains on the
 * tags it will see at run time rather than the files' Penn Treebank tags. Thread-safe.
 */
public final class UdPosTagger {
    private final SentenceAnnotator annotator = new SentenceAnnotator();

    public List<String> tag(List<String> words) {
        return annotator.tag(words);
    }
}
