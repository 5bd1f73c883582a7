package org.echotrace.link.entity;

import org.echotrace.model.EntityType;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One entity of a corpus: its canonical name and type, every spelling it was mentioned under, the
 * articles that mention it (sorted ids) and how many mentions there were.
 */
public record CanonicalEntity(String name, EntityType type, SortedSet<String> aliases, List<String> articles, int mentions) {
    public CanonicalEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
        articles = List.copyOf(articles);
    }
}
