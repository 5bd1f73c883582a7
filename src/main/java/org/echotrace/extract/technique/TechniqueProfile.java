package org.echotrace.extract.technique;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.echotrace.model.Technique;
import org.echotrace.model.TechniqueSpan;

/** A technique profile: how many spans of each technique, for an article, a narrative or an outlet. */
public final class TechniqueProfile {
    private TechniqueProfile() {
    }

    /** Counts per technique, every technique present (zero when unused), in the enum's order. */
    public static Map<Technique, Integer> counts(Collection<TechniqueSpan> spans) {
        Map<Technique, Integer> out = new EnumMap<>(Technique.class);
        for (Technique t : Technique.values()) {
            out.put(t, 0);
        }
        for (TechniqueSpan s : spans) {
            out.merge(s.technique(), 1, Integer::sum);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
