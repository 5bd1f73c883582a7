package org.echotrace.extract.claim;

import org.echotrace.model.AnalyzedArticle;

import java.util.List;

/** An article with its sentences and the attributions an annotator marked in it. */
public record LabelledArticle(AnalyzedArticle article, List<GoldAttribution> gold) {
    public LabelledArticle {
        gold = List.copyOf(gold);
    }
}
