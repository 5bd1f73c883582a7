package org.echotrace.extract.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags the entities of a document's sentences: the trained model first, then the name patterns
 * and the gazetteer of conflict-domain names ({@link NamePatterns}). Thread-safe.
 */
public final class EntityTagger {
    private final EntityModel model;
    private final NamePatterns patterns;

    public EntityTagger(EntityModel model, NamePatterns patterns) {
        this.model = model;
        this.patterns = patterns;
    }

    /** The shipped model with the shipped patterns. */
    public static EntityTagger bundled() {
        return new EntityTagger(EntityModel.bundled(), NamePatterns.standard());
    }

    /** The entities of each sentence of one document, given its words and their UPOS tags. */
    public List<List<Chunk>> tag(List<List<String>> words, List<List<String>> pos) {
        DocumentContext ctx = new DocumentContext(words);
        List<List<Chunk>> out = new ArrayList<>(words.size());
        for (int s = 0; s < words.size(); s++) {
            List<String> w = words.get(s);
            if (w.isEmpty()) {
                out.add(List.of());
                continue;
            }
            EntityModel.Decoded d = model.decode(new TokenFeatures(w, pos.get(s), ctx));
            out.add(patterns.apply(w, pos.get(s), Labels.decode(d.labels(), d.confidence())));
        }
        return out;
    }
}
