package org.echotrace.store;

import org.echotrace.cluster.NameCount;
import org.echotrace.cluster.Narrative;
import org.echotrace.cluster.Provenance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A narrative as plain maps and lists, ready for JSON (the store's details column, exports, the API). */
public final class NarrativeJson {
    private NarrativeJson() {
    }

    public static Map<String, Object> of(Narrative n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("parent", n.parent().orElse(null));
        m.put("label", n.label());
        m.put("representative", Map.of("claim", n.representativeKey(), "text", n.representative()));
        m.put("key_terms", n.keyTerms());
        m.put("members", n.members().stream().map(x -> Map.of("claim", x.claimKey(), "similarity", x.similarity())).toList());
        m.put("articles", n.articles());
        m.put("outlets", n.outlets());
        m.put("speakers", n.speakers());
        m.put("places", n.places());
        m.put("first_seen", date(n.firstSeen()));
        m.put("last_seen", date(n.lastSeen()));
        m.put("timeline", n.timeline());
        m.put("children", n.children());
        m.put("pinned", n.pinned());
        m.put("provenance", provenance(n.provenance()));
        return m;
    }

    private static Map<String, Object> provenance(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first_article", p.firstArticle());
        m.put("first_outlet", p.firstOutlet());
        m.put("first_seen", date(p.firstSeen()));
        m.put("originators", names(p.originators()));
        m.put("relays", names(p.relays()));
        m.put("amplifiers", names(p.amplifiers()));
        m.put("evidence", names(p.evidence()));
        m.put("relayed_claims", p.relayedClaims());
        m.put("own_claims", p.ownClaims());
        return m;
    }

    private static List<Map<String, Object>> names(List<NameCount> names) {
        return names.stream().map(c -> Map.<String, Object>of("name", c.name(), "claims", c.claims())).toList();
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse(null);
    }
}
