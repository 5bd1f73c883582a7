package org.echotrace.extract.claim;

import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.HopRole;
import org.echotrace.model.SourceHop;
import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the ordered hops from the original speaker to the outlet: the person, the organisation
 * they speak for, the media that relayed it (an outer attribution: "TASS reported that the
 * spokesman said"; an agency the article credits: "Source: TASS"), and the outlet itself.
 */
final class SourceChains {
    private SourceChains() {
    }

    static List<SourceHop> of(Speaker speaker, List<Speaker> outer, ArticleMetadata meta) {
        List<SourceHop> hops = new ArrayList<>();
        Optional<TextSpan> at = Optional.of(speaker.resolvedFrom().orElse(speaker.mention()));
        addOwn(hops, speaker, at);
        for (Speaker o : outer) {
            if (o.kind() == SpeakerKind.MEDIA) {
                add(hops, new SourceHop(o.name(), HopRole.RELAY, Optional.of(o.mention())));
            } else {
                addOwn(hops, o, Optional.of(o.mention()));
            }
        }
        return withRelaysAndOutlet(hops, meta);
    }

    /** The chain of a relation with no source ("it is also reported that"): relays and outlet only. */
    static List<SourceHop> unattributed(List<Speaker> outer, ArticleMetadata meta) {
        List<SourceHop> hops = new ArrayList<>();
        for (Speaker o : outer) {
            addOwn(hops, o, Optional.of(o.mention()));
        }
        return withRelaysAndOutlet(hops, meta);
    }

    /** The agencies the article credits ("Source: TASS") as relays, then the outlet: every chain ends so. */
    private static List<SourceHop> withRelaysAndOutlet(List<SourceHop> hops, ArticleMetadata meta) {
        for (String cited : meta.citedSources()) {
            if (CueLexicon.isAgency(cited)) {
                add(hops, new SourceHop(cited, HopRole.RELAY, Optional.empty()));
            }
        }
        meta.outlet().ifPresent(outlet -> add(hops, new SourceHop(outlet, HopRole.OUTLET, Optional.empty())));
        return hops;
    }

    private static void addOwn(List<SourceHop> hops, Speaker s, Optional<TextSpan> at) {
        switch (s.kind()) {
            case PERSON -> {
                add(hops, new SourceHop(s.name(), HopRole.SPEAKER, at));
                s.organisation().ifPresent(org -> add(hops, new SourceHop(org, HopRole.ORGANISATION, Optional.empty())));
            }
            case ORGANISATION -> add(hops, new SourceHop(s.name(), HopRole.ORGANISATION, at));
            case MEDIA -> add(hops, new SourceHop(s.name(), HopRole.RELAY, at));
            case UNKNOWN -> add(hops, new SourceHop(s.name(), HopRole.SPEAKER, at));
            case EVIDENCE -> add(hops, new SourceHop(s.name(), HopRole.EVIDENCE, at));
        }
    }

    /** Adds a hop unless the chain already names it (an outlet quoting itself, TASS credited twice). */
    private static void add(List<SourceHop> hops, SourceHop hop) {
        String key = hop.name().toLowerCase(Locale.ROOT);
        for (SourceHop h : hops) {
            if (h.name().toLowerCase(Locale.ROOT).equals(key)) {
                return;
            }
        }
        hops.add(hop);
    }
}
