package org.echotrace.store;

import org.echotrace.cluster.ClaimPoint;
import org.echotrace.cluster.LineageEvent;
import org.echotrace.cluster.NarrativeClusterer;
import org.echotrace.cluster.NarrativeOverride;
import org.echotrace.cluster.NarrativeState;
import org.echotrace.cluster.NarrativeTracker;
import org.echotrace.cluster.NarrativeUpdate;
import org.echotrace.model.ClaimKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class NarrativeTableTest {
    private Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    /** Two tight groups of three claims on orthogonal axes. */
    public static List<ClaimPoint> claims() {
        List<ClaimPoint> out = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < 3; i++) {
                float[] v = new float[4];
                v[g] = 1;
                v[2 + g] = 0.1f * i;
                double n = Math.sqrt(1 + v[2 + g] * v[2 + g]);
                for (int d = 0; d < 4; d++) {
                    v[d] = (float) (v[d] / n);
                }
                out.add(new ClaimPoint("art" + g + i, 0, "claim " + g + " " + i, ClaimKind.OWN, Optional.empty(), Optional.empty(),
                        List.of(), "outlet" + g, Optional.of(LocalDate.of(2020, 1 + g, 1 + i)), List.of(), v));
            }
        }
        return out;
    }

    @Test
    void aSavedStateLoadsBackAsItWas() {
        NarrativeTable t = new NarrativeTable(db).create();
        NarrativeUpdate u = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS).update(t.loadState(), claims(), List.of());
        t.save(u);
        NarrativeState back = t.loadState();
        assertEquals(u.state().nextNumber(), back.nextNumber());
        assertEquals(u.state().narratives().size(), back.narratives().size());
        for (int i = 0; i < back.narratives().size(); i++) {
            assertEquals(u.state().narratives().get(i).members(), back.narratives().get(i).members());
            assertEquals(u.state().narratives().get(i).label(), back.narratives().get(i).label());
            assertArrayEquals(u.state().narratives().get(i).centroid(), back.narratives().get(i).centroid(), 1e-6f);
        }
        List<NarrativeRow> rows = t.list();
        assertEquals(List.of("N-1", "N-2"), rows.stream().map(NarrativeRow::id).toList());
        assertEquals(3, rows.get(0).articles());
        assertEquals(List.of("outlet0"), rows.get(0).outlets());
        assertEquals(LocalDate.of(2020, 1, 1), rows.get(0).firstSeen().orElseThrow());
        assertTrue(t.details("N-1").orElseThrow().contains("\"provenance\""));
        assertEquals(List.of("N-1"), t.narrativesOfClaims().get("art00#0"));
    }

    @Test
    void lineageAccumulatesOverRunsAndOverridesComeBackInOrder() throws SQLException {
        NarrativeTable t = new NarrativeTable(db).create();
        NarrativeTracker tracker = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS);
        t.save(tracker.update(t.loadState(), claims(), t.overrides()));
        t.record(new NarrativeOverride.Rename(0, "N-1", "first story"));
        t.record(new NarrativeOverride.Merge(0, "N-1", "N-2"));
        t.record(new NarrativeOverride.Split(0, "N-1", List.of("art00#0")));
        List<NarrativeOverride> o = t.overrides();
        assertEquals(List.of(1L, 2L, 3L), o.stream().map(NarrativeOverride::seq).toList());
        assertEquals(List.of("art00#0"), ((NarrativeOverride.Split) o.get(2)).claimKeys());
        NarrativeUpdate second = tracker.update(t.loadState(), claims(), o);
        t.save(second);
        assertEquals(3, t.loadState().appliedOverrides());
        assertTrue(second.events().stream().anyMatch(e -> e.kind() == LineageEvent.Kind.MERGED));
        try (ResultSet rs = db.createStatement().executeQuery("SELECT count(*), count(DISTINCT seq) FROM narrative_lineage")) {
            rs.next();
            assertEquals(rs.getInt(1), rs.getInt(2));
            assertTrue(rs.getInt(1) >= 5, "creations, rename, merge, split");
        }
        assertEquals("first story", t.list().get(0).label());
    }

    @Test
    void unchangedClaimTextsAreNeverEmbeddedTwice() {
        ClaimVectorCache cache = new ClaimVectorCache(db);
        AtomicInteger embedded = new AtomicInteger();
        java.util.function.Function<List<String>, List<float[]>> embed = texts -> {
            embedded.addAndGet(texts.size());
            return texts.stream().map(s -> new float[] {s.length(), 1}).toList();
        };
        Map<String, float[]> first = cache.vectors("model-a", List.of("one", "three"), embed);
        assertEquals(2, embedded.get());
        Map<String, float[]> again = cache.vectors("model-a", List.of("one", "three", "seven"), embed);
        assertEquals(3, embedded.get(), "only the new text is embedded");
        assertArrayEquals(first.get("three"), again.get("three"));
        cache.vectors("model-b", List.of("one"), embed);
        assertEquals(4, embedded.get(), "another model's vectors are its own");
    }
}
