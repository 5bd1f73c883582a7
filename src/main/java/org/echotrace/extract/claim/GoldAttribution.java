package org.echotrace.extract.claim;

import org.echotrace.model.TextSpan;

import java.util.List;
import java.util.Optional;

/** An annotated attribution to learn from: each role as fragments of the article's text (BRAT allows gaps). */
public record GoldAttribution(Optional<List<TextSpan>> source, List<TextSpan> cue, List<TextSpan> content) {
    public GoldAttribution {
        source = source.map(List::copyOf);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
