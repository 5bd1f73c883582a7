package org.echotrace.extract.entity;

import java.util.List;

/** A document of a CoNLL-format file (the sentences between two {@code -DOCSTART-} lines). */
public record LabelledDocument(List<LabelledSentence> sentences) {
    public LabelledDocument {
        sentences = List.copyOf(sentences);
    }
}
