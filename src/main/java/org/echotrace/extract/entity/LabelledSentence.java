package org.echotrace.extract.entity;

import java.util.List;

/**
 * A sentence of a CoNLL-format file: its words and their entity tags as written (IOB1 or IOB2,
 * the file's own type names). {@link TagChunks} reads entities out of the tags.
 */
public record LabelledSentence(List<String> words, List<String> tags) {
    public LabelledSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
    }

    public int size() {
        return words.size();
    }
}
