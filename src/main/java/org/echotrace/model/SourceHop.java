package org.echotrace.model;

import java.util.Objects;
import java.util.Optional;

/** One hop of a source chain, with the text that shows it where the text shows it. */
public record SourceHop(String name, HopRole role, Optional<TextSpan> evidence) {
    public SourceHop {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
