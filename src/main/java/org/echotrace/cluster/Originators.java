package org.echotrace.cluster;

import org.echotrace.model.ClaimKind;
import org.echotrace.model.HopRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who a claim comes from: its original sources (the speaker and what the speaker speaks for, the
 * hops of its chain before the first relay) and its relays (wire agencies passing it on).
 */
final class Originators {
    private Originators() {
    }

    /** The original sources of an attributed claim, in chain order, without repeats; empty for an own claim. */
    static List<String> of(ClaimPoint p) {
        List<String> out = new ArrayList<>();
        if (p.kind() == ClaimKind.OWN) {
            return out;
        }
        speaker(p).ifPresent(out::add);
        p.organisation().ifPresent(out::add);
        for (ClaimPoint.Hop h : p.chain()) {
            if (h.role() == HopRole.RELAY || h.role() == HopRole.OUTLET) {
                break;
            }
            if (h.role() != HopRole.EVIDENCE) {
                out.add(h.name());
            }
        }
        return distinctBySkeleton(out);
    }

    static List<String> relays(ClaimPoint p) {
        return distinctBySkeleton(p.chain().stream().filter(h -> h.role() == HopRole.RELAY).map(ClaimPoint.Hop::name).toList());
    }

    /** The first source of the chain: its first speaker or organisation hop, else the speaker, else the organisation. */
    static Optional<String> firstHop(ClaimPoint p) {
        for (ClaimPoint.Hop h : p.chain()) {
            if (h.role() == HopRole.SPEAKER || h.role() == HopRole.ORGANISATION) {
                return Optional.of(h.name());
            }
        }
        return speaker(p).or(p::organisation);
    }

    /**
     * The claim's speaker, unless the speaker is evidence: footage ("video footage posted to social
     * media") shows a claim; it neither speaks nor originates one.
     */
    static Optional<String> speaker(ClaimPoint p) {
        return p.speaker().filter(s -> !evidence(p).contains(s));
    }

    /** The names of the chain's evidence hops: what the claim is shown by, without repeats. */
    static List<String> evidence(ClaimPoint p) {
        return distinctBySkeleton(p.chain().stream().filter(h -> h.role() == HopRole.EVIDENCE).map(ClaimPoint.Hop::name).toList());
    }

    /** A name's spelling-independent form: the skeletons of its content words, joined. */
    static String skeletonOf(String name) {
        return ClaimWords.of(name).stream().filter(w -> !ClaimWords.STOP.contains(w) && !SpellingSkeleton.isArticle(w))
                .map(SpellingSkeleton::of).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    private static List<String> distinctBySkeleton(List<String> names) {
        List<String> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String n : names) {
            String s = skeletonOf(n);
            if (!seen.contains(s)) {
                seen.add(s);
                out.add(n);
            }
        }
        return out;
    }
}
