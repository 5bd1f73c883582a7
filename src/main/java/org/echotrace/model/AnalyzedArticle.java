package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean article with what was read from its body: sentences and tokens, claims with their
 * attributions, entity and place mentions, claimed events, propaganda techniques. Every span points
 * into {@code clean.raw().text()}. Each extraction stage fills its own list and passes the rest on.
 */
public record AnalyzedArticle(CleanArticle clean, List<Sentence> sentences, List<Claim> claims,
                              List<EntityMention> entities, List<PlaceMention> places, List<Event> events,
                              List<TechniqueSpan> techniques) {
    public AnalyzedArticle {
        Objects.requireNonNull(clean, "clean");
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        events = List.copyOf(events);
        techniques = List.copyOf(techniques);
    }

    /** A clean article with nothing read from it yet. */
    public static AnalyzedArticle of(CleanArticle clean) {
        return new AnalyzedArticle(clean, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String id() {
        return clean.id();
    }

    public String text() {
        return clean.raw().text();
    }

    public AnalyzedArticle withSentences(List<Sentence> v) {
        return new AnalyzedArticle(clean, v, claims, entities, places, events, techniques);
    }

    public AnalyzedArticle withClaims(List<Claim> v) {
        return new AnalyzedArticle(clean, sentences, v, entities, places, events, techniques);
    }

    public AnalyzedArticle withEntities(List<EntityMention> v) {
        return new AnalyzedArticle(clean, sentences, claims, v, places, events, techniques);
    }

    public AnalyzedArticle withPlaces(List<PlaceMention> v) {
        return new AnalyzedArticle(clean, sentences, claims, entities, v, events, techniques);
    }

    public AnalyzedArticle withEvents(List<Event> v) {
        return new AnalyzedArticle(clean, sentences, claims, entities, places, v, techniques);
    }

    public AnalyzedArticle withTechniques(List<TechniqueSpan> v) {
        return new AnalyzedArticle(clean, sentences, claims, entities, places, events, v);
    }
}
