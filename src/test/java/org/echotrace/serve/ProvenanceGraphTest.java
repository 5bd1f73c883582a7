package org.echotrace.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

class ProvenanceGraphTest {
    private static Map<String, Object> claim(String kind, String speakerOrg, String relay, String outlet, String published) {
        Map<String, Object> c = new HashMap<>();
        c.put("kind", kind);
        c.put("speaker_org", speakerOrg);
        c.put("outlet", outlet);
        c.put("published", published);
        c.put("chain", relay == null ? List.of() : List.of(Map.of("name", relay, "role", "relay")));
        return c;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> nodes(Map<String, Object> g) {
        Map<String, Map<String, Object>> out = new HashMap<>();
        for (Object n : (List<Object>) g.get("nodes")) {
            Map<String, Object> m = (Map<String, Object>) n;
            out.put((String) m.get("id"), m);
        }
        return out;
    }

    @Test
    void tracesOfficialSourceThroughRelayToOutletsAndMarksTheFirstOutlet() {
        Map<String, Object> g = ProvenanceGraph.of(List.of(
                claim("attributed", "Russian MoD", "TASS", "Outlet B", "2018-03-01"),
                claim("attributed", "Russian MoD", "TASS", "Outlet A", "2017-11-14"),
                claim("own", null, null, "Outlet A", "2019-01-01")));
        Map<String, Map<String, Object>> n = nodes(g);
        assertEquals(2, n.get("source:Russian MoD").get("claims"));
        assertEquals("2017-11-14", n.get("relay:TASS").get("first_seen"));
        assertEquals(true, n.get("outlet:Outlet A").get("first"));
        assertEquals(false, n.get("outlet:Outlet B").get("first"));
        assertEquals(1, n.get("outlet:Outlet A").get("own"));
        assertEquals(1, n.get("outlet:Outlet A").get("relayed"));
        assertEquals(3, ((List<?>) g.get("edges")).size());
    }

    @Test
    void startsOwnAssertionsAtTheOutletWithNoEdge() {
        Map<String, Object> g = ProvenanceGraph.of(List.of(claim("own", null, null, "Outlet A", null)));
        assertEquals(1, ((List<?>) g.get("nodes")).size());
        assertEquals(0, ((List<?>) g.get("edges")).size());
    }
}
