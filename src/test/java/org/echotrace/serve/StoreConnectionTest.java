package org.echotrace.serve;

import org.echotrace.cluster.NarrativeClusterer;
import org.echotrace.cluster.NarrativeTracker;
import org.echotrace.cluster.NarrativeUpdate;
import org.echotrace.store.EmbeddedStore;
import org.echotrace.store.NarrativeTable;
import org.echotrace.store.NarrativeTableTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class StoreConnectionTest {
    @Test
    void narrativesOfTheNarrativeStepShowTheirKeyTerms(@TempDir Path dir) throws Exception {
        EmbeddedStore.openOrCreate(dir).close();
        NarrativeUpdate u;
        try (Connection c = org.echotrace.store.StoreConnection.open(dir)) {
            NarrativeTable t = new NarrativeTable(c).create();
            u = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS).update(t.loadState(), NarrativeTableTest.claims(), List.of());
            t.save(u);
        }
        try (StoreConnection served = StoreConnection.open(dir, 1)) {
            List<Map<String, Object>> rows = served.rows("SELECT id, key_terms FROM narratives ORDER BY id");
            assertFalse(rows.isEmpty());
            for (Map<String, Object> r : rows) {
                List<String> terms = u.narratives().stream().filter(n -> n.id().equals(r.get("id"))).findFirst().orElseThrow().keyTerms();
                assertEquals(String.join(", ", terms), r.get("key_terms"), r.toString());
            }
        }
    }
}
