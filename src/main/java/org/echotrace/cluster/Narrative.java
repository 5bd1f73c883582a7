package org.echotrace.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A narrative: claims across articles and outlets that tell one story, with its stable id.
 *
 * @param parent         the narrative this one is a sub-narrative of (same core, a new claim)
 * @param label          the name it keeps across runs: its representative when it was first seen,
 *                       or what an analyst renamed it to
 * @param representative the claim closest to the centre now (the medoid), by key and text
 * @param members        its claims with their cosine to the centre, by key
 * @param timeline       claims per month ("2017-09"), undated claims left out
 * @param children       ids of its sub-narratives
 */
public record Narrative(String id, Optional<String> parent, String label, String representativeKey,
                        String representative, List<String> keyTerms, List<Member> members, List<String> articles,
                        List<String> outlets, List<String> speakers, List<String> places,
                        Optional<LocalDate> firstSeen, Optional<LocalDate> lastSeen, SortedMap<String, Integer> timeline,
                        List<String> children, Provenance provenance, boolean pinned) {

    /** A claim of a narrative and its cosine to the narrative's centre. */
    public record Member(String claimKey, double similarity) {
    }

    public Narrative {
        keyTerms = List.copyOf(keyTerms);
        members = List.copyOf(members);
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        speakers = List.copyOf(speakers);
        places = List.copyOf(places);
        timeline = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(timeline));
        children = List.copyOf(children);
    }
}
