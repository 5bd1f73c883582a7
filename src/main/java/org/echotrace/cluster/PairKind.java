package org.echotrace.cluster;

/**
 * How two claims repeat each other. {@code COPY}: the same words (re-publication, light edits);
 * {@code SAME_STATEMENT}: one source's statement rendered twice (another translation, other
 * transliterations of the names); {@code REWORDING}: the same claim in other words.
 */
public enum PairKind {
    COPY, SAME_STATEMENT, REWORDING
}
