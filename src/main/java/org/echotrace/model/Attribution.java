package org.echotrace.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An attribution relation, PARC/PolNeAR style: a source (absent for "it was reported that ..."),
 * a cue ("said", "according to"), and the content, which may be several spans (a quote broken by
 * its cue: "..., he said, ...").
 *
 * @param chain ordered hops from the original speaker to the outlet (Konashenkov, Russian MoD,
 *              TASS, the outlet)
 */
public record Attribution(CueType cueType, Optional<TextSpan> source, TextSpan cue, List<TextSpan> content,
                          Optional<Speaker> speaker, List<SourceHop> chain) {
    public Attribution {
        Objects.requireNonNull(cueType, "cueType");
        Objects.requireNonNull(cue, "cue");
        content = List.copyOf(content);
        chain = List.copyOf(chain);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }

    /** The smallest span covering every content part. */
    public TextSpan contentExtent() {
        TextSpan out = content.get(0);
        for (TextSpan s : content) {
            out = out.union(s);
        }
        return out;
    }
}
