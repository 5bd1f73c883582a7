package org.echotrace.extract.claim;

import org.echotrace.model.CueType;
import org.echotrace.model.TextSpan;

import java.util.List;
import java.util.Optional;

/** An attribution as the rules find it, before its speaker is resolved and its chain built. */
record Found(CueType cueType, Optional<TextSpan> source, TextSpan cue, List<TextSpan> content, int sentence) {
    Found {
        content = List.copyOf(content);
    }

    TextSpan extent() {
        TextSpan out = content.get(0);
        for (TextSpan s : content) {
            out = out.union(s);
        }
        return out;
    }

    Found withContent(List<TextSpan> v) {
        return new Found(cueType, source, cue, v, sentence);
    }
}
