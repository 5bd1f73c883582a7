package org.echotrace.model;

import java.util.Objects;

/**
 * The bytes of one input as read from disk, before any decoding.
 *
 * @param source where it came from: a path as given on the command line, or path plus entry
 * @param bytes  the content; never mutated after construction
 */
public record RawFile(String source, byte[] bytes) {
    public RawFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
    }
}
