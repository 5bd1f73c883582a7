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
            EntityModel.Decoded d = model.decode(model.features(w, pos.get(s), ctx));
            out.add(patterns.apply(w, pos.get(s), Labels.decode(d.labels(), d.confidence())));
        }
        return out;
    }

    /**
     * A title-case headline line ("Russian Airstrikes Destroy Bases Of Militants") in capitals, as
     * CoNLL's Reuters headlines are written: its capitals say nothing about names, and the model
     * learnt to read capitalised headlines through the document's casing of the same words.
     */
    static List<String> headlineCased(List<String> words) {
        int letters = 0;
        int capitalised = 0;
        for (String w : words) {
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                letters++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        if (letters < 4 || capitalised * 10 < letters * 8) {
            return words;
        }
        return words.stream().map(w -> w.toUpperCase(java.util.Locale.ROOT)).toList();
    }
}
