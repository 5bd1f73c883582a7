package org.echotrace.extract.entity;

import java.util.List;

/** Placeholder replaced below. */
public final class NamePatterns {
    private final boolean enabled;

    private NamePatterns(boolean enabled) {
        this.enabled = enabled;
    }

    public static NamePatterns standard() {
        return new NamePatterns(true);
    }

    public static NamePatterns none() {
        return new NamePatterns(false);
    }

    List<Chunk> apply(List<String> words, List<String> pos, List<Chunk> model) {
        return model;
    }
}
