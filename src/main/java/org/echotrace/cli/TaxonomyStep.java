package org.echotrace.cli;

import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.link.taxonomy.TaxonomyLabeller;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.Sentence;
import org.echotrace.model.TaxonomyLabel;
import org.echotrace.store.EmbeddedStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After analyze: the articles not yet labelled with the shipped narrative taxonomy (SemEval-2025
 * Task 10's, model trained by {@code train narratives}) get its entries, stored in
 * {@code article_taxonomy}. Sentences are recomputed (they are not stored); each article's
 * sentences are embedded once, which is this step's cost (about 90 ms an article on 2 cores).
 */
final class TaxonomyStep {
    static final String TAXONOMY = "semeval2025-task10-en";

    private TaxonomyStep() {
    }

    /** Returns how many articles were labelled. */
    static int run(EmbeddedStore store) {
        Set<String> done = store.taxonomyLabelled(TAXONOMY);
        List<CleanArticle> todo = new ArrayList<>();
        store.forEachArticle(a -> {
            if (!done.contains(a.id()) && "en".equals(a.metadata().language().orElse("en"))) {
                todo.add(a);
            }
        });
        if (todo.isEmpty()) {
            return 0;
        }
        TaxonomyLabeller labeller = TaxonomyLabeller.shipped();
        SentenceAnnotator sentences = new SentenceAnnotator();
        Map<String, List<TaxonomyLabel>> labels = new LinkedHashMap<>();
        for (CleanArticle c : todo) {
            AnalyzedArticle a = sentences.apply(AnalyzedArticle.of(c));
            labels.put(c.id(), labeller.label(a.text(), a.sentences().stream().map(Sentence::span).toList()));
        }
        store.addTaxonomyLabels(TAXONOMY, labels);
        return labels.size();
    }
}
