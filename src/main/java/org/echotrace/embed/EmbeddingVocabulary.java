package org.echotrace.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The whole English words of the sentence embedder's own vocabulary (MiniLM's word-piece list, read
 * from its tokenizer file in the dependency's jar): lower-case letters, three or more, no
 * word-piece continuations. The attribution trainer gives each a folded score through its vector, so
 * the cue tagger knows words the training articles never used; the title speaker test and the place
 * finder and gazetteer read it as a list of common English words.
 */
public final class EmbeddingVocabulary {
    static final String RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private EmbeddingVocabulary() {
    }

    /** The words as a set, read once for every reader that asks whether a word is common English. */
    public static Set<String> set() {
        return Shared.WORDS;
    }

    private static final class Shared {
        static final Set<String> WORDS = Set.copyOf(words());
    }

    /** The words, in the tokenizer file's order; empty when the file is not on the class path. */
    public static List<String> words() {
        List<String> out = new ArrayList<>();
        try (InputStream in = EmbeddingVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return out;
            }
            JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
            for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
                String w = it.next();
                if (w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    out.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedder's vocabulary at " + RESOURCE, e);
        }
        return out;
    }
}
