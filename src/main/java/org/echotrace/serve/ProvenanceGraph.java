package org.echotrace.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The provenance graph of a set of claims, in three layers: the source each attributed claim is
 * given to (the speaker's organisation, else the speaker), the relays of its source chain, and
 * the outlet that published it. Own assertions start at the outlet. Each node and edge counts its
 * claims and keeps the earliest publication date, and the outlet that carried the claims first is
 * marked: that is where the narrative first appeared in the store.
 */
final class ProvenanceGraph {
    private ProvenanceGraph() {
    }

    /** The member claims of a narrative in the shape {@link #of} reads: kind, source, relays, date and outlet. */
    static List<Map<String, Object>> claimsOf(ServedIndex idx, ServedNarrative s) {
        List<Map<String, Object>> out = new ArrayList<>(s.claims().length);
        for (int r : s.claims()) {
            int a = idx.claimArt[r];
            Map<String, Object> c = new HashMap<>();
            c.put("kind", idx.claimKind[r]);
            c.put("speaker_org", idx.claimSource[r]);
            List<Map<String, Object>> chain = new ArrayList<>();
            for (String relay : idx.claimRelays[r] == null ? new String[0] : idx.claimRelays[r]) {
                chain.add(Map.of("role", "relay", "name", relay));
            }
            c.put("chain", chain);
            c.put("published", idx.published[a]);
            c.put("outlet", idx.outlet(a));
            out.add(c);
        }
        return out;
    }

    static Map<String, Object> of(List<Map<String, Object>> claims) {
        Map<String, Map<String, Object>> nodes = new TreeMap<>();
        Map<String, Map<String, Object>> edges = new TreeMap<>();
        for (Map<String, Object> c : claims) {
            String date = (String) c.get("published");
            List<String[]> path = new ArrayList<>();
            if ("attributed".equals(c.get("kind"))) {
                String source = firstNonBlank(c.get("speaker_org"), c.get("speaker"));
                if (source != null) {
                    path.add(new String[] {"source", source});
                }
                if (c.get("chain") instanceof List<?> chain) {
                    for (Object hop : chain) {
                        if (hop instanceof Map<?, ?> h && "relay".equals(h.get("role")) && h.get("name") != null) {
                            path.add(new String[] {"relay", h.get("name").toString()});
                        }
                    }
                }
            }
            path.add(new String[] {"outlet", Objects.toString(c.get("outlet"), "(unknown)")});
            String previous = null;
            for (String[] step : path) {
                String id = step[0] + ":" + step[1];
                Map<String, Object> n = nodes.computeIfAbsent(id, k -> node(k, step));
                count(n, date);
                if ("outlet".equals(step[0])) {
                    n.merge("attributed".equals(c.get("kind")) ? "relayed" : "own", 1, (a, b) -> (Integer) a + (Integer) b);
                }
                if (previous != null && !previous.equals(id)) {
                    String from = previous;
                    Map<String, Object> e = edges.computeIfAbsent(from + " -> " + id, k -> edge(from, id));
                    count(e, date);
                }
                previous = id;
            }
        }
        nodes.values().stream().filter(n -> "outlet".equals(n.get("layer")) && n.get("first_seen") != null)
                .min((a, b) -> ((String) a.get("first_seen")).compareTo((String) b.get("first_seen")))
                .ifPresent(n -> n.put("first", true));
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("nodes", new ArrayList<>(nodes.values()));
        g.put("edges", new ArrayList<>(edges.values()));
        return g;
    }

    private static Map<String, Object> node(String id, String[] step) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("id", id);
        n.put("layer", step[0]);
        n.put("name", step[1]);
        n.put("claims", 0);
        n.put("first_seen", null);
        n.put("first", false);
        if ("outlet".equals(step[0])) {
            n.put("own", 0);
            n.put("relayed", 0);
        }
        return n;
    }

    private static Map<String, Object> edge(String from, String to) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("from", from);
        e.put("to", to);
        e.put("claims", 0);
        e.put("first_seen", null);
        return e;
    }

    private static void count(Map<String, Object> m, String date) {
        m.put("claims", (Integer) m.get("claims") + 1);
        String seen = (String) m.get("first_seen");
        if (date != null && (seen == null || date.compareTo(seen) < 0)) {
            m.put("first_seen", date);
        }
    }

    private static String firstNonBlank(Object... values) {
        for (Object v : values) {
            if (v != null && !v.toString().isBlank()) {
                return v.toString();
            }
        }
        return null;
    }
}
