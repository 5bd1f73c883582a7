package org.echotrace.extract.entity;

import org.echotrace.model.EntityType;

/** A tagged entity over tokens {@code [from, to)} of one sentence, with the tagger's confidence 0..1. */
public record Chunk(int from, int to, EntityType type, double score) {
    public Chunk {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("bad chunk [" + from + ", " + to + ")");
        }
    }
}
