package org.echotrace.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is said to speak. {@code name} is the resolved name ("Igor Konashenkov"), {@code mention}
 * where the source is written at this attribution (which may be "he" or "the general"),
 * {@code resolvedFrom} the mention of the named speaker a pronoun or description was resolved to.
 *
 * @param role         title or function ("Major-General", "spokesman")
 * @param organisation what the speaker speaks for ("Russian Defence Ministry")
 */
public record Speaker(String name, SpeakerKind kind, Optional<String> role, Optional<String> organisation,
                      TextSpan mention, Optional<TextSpan> resolvedFrom) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mention, "mention");
    }
}
