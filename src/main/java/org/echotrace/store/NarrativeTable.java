package org.echotrace.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.echotrace.cluster.LineageEvent;
import org.echotrace.cluster.Narrative;
import org.echotrace.cluster.NarrativeOverride;
import org.echotrace.cluster.NarrativeState;
import org.echotrace.cluster.NarrativeUpdate;
import org.echotrace.cluster.StoredNarrative;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The narrative tables of a store, on a DuckDB connection it is given: {@code narratives} (live and
 * retired, with the description as JSON), {@code narrative_members}, {@code narrative_lineage},
 * {@code narrative_overrides} (the analyst's decisions, applied once by the next run),
 * {@code narrative_state} (the id counter) and the {@code claim_vectors} cache ({@link ClaimVectorCache}).
 *
 * <p>Design decision: a run rewrites the narratives and their members whole (they are derived from
 * the state, a few rows per narrative) and appends its lineage; all in one transaction, so a crash
 * leaves the previous run's narratives. Loads use DuckDB's Appender.
 */
public final class NarrativeTable {
    static final ObjectMapper JSON = new ObjectMapper();
    private final DuckDBConnection db;

    public NarrativeTable(Connection connection) {
        if (!(connection instanceof DuckDBConnection d)) {
            throw new StoreException("narrative tables need a DuckDB connection, got " + connection.getClass().getName());
        }
        this.db = d;
    }

    DuckDBConnection connection() {
        return db;
    }

    /** Creates the tables where they are missing. */
    public NarrativeTable create() {
        sql("CREATE TABLE IF NOT EXISTS narratives (id VARCHAR PRIMARY KEY, parent VARCHAR, label VARCHAR NOT NULL,"
                + " renamed BOOLEAN, pinned BOOLEAN, retired BOOLEAN, merged_into VARCHAR, kept_apart VARCHAR,"
                + " centroid FLOAT[], claims INTEGER, articles INTEGER, outlets VARCHAR, first_seen DATE, last_seen DATE,"
                + " details VARCHAR)",
                "CREATE TABLE IF NOT EXISTS narrative_members (narrative_id VARCHAR NOT NULL, claim_key VARCHAR NOT NULL,"
                        + " similarity DOUBLE)",
                "CREATE TABLE IF NOT EXISTS narrative_state (key VARCHAR PRIMARY KEY, value BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS narrative_lineage (seq BIGINT, recorded_at TIMESTAMP, kind VARCHAR,"
                        + " narrative_id VARCHAR, other_id VARCHAR, detail VARCHAR)",
                "CREATE TABLE IF NOT EXISTS narrative_overrides (seq BIGINT PRIMARY KEY, recorded_at TIMESTAMP,"
                        + " action VARCHAR NOT NULL, narrative_id VARCHAR NOT NULL, other_id VARCHAR, label VARCHAR,"
                        + " claim_keys VARCHAR)");
        ClaimVectorCache.create(db);
        return this;
    }

    public NarrativeState loadState() {
        try (Statement s = db.createStatement()) {
            Map<String, Long> kv = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT key, value FROM narrative_state")) {
                while (rs.next()) {
                    kv.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, List<String>> members = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT narrative_id, claim_key FROM narrative_members ORDER BY narrative_id, claim_key")) {
                while (rs.next()) {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<StoredNarrative> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, parent, label, renamed, pinned, retired, merged_into, kept_apart,"
                    + " centroid FROM narratives ORDER BY id")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.add(new StoredNarrative(id, Optional.ofNullable(rs.getString(2)), rs.getString(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getBoolean(6), Optional.ofNullable(rs.getString(7)), strings(rs.getString(8)),
                            members.getOrDefault(id, List.of()), ClaimVectorCache.floats(rs.getArray(9))));
                }
            }
            return new NarrativeState((int) (long) kv.getOrDefault("next_number", 1L), kv.getOrDefault("applied_overrides", 0L), out);
        } catch (SQLException e) {
            throw new StoreException("cannot read the narratives: " + e.getMessage(), e);
        }
    }

    /** Replaces the narratives with a run's result and appends its lineage, in one transaction. */
    public void save(NarrativeUpdate update) {
        Map<String, Narrative> described = new HashMap<>();
        update.narratives().forEach(n -> described.put(n.id(), n));
        try {
            db.setAutoCommit(false);
            sql("DELETE FROM narratives", "DELETE FROM narrative_members", "DELETE FROM narrative_state");
            try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "narratives")) {
                for (StoredNarrative s : update.state().narratives()) {
                    Narrative n = described.get(s.id());
                    a.beginRow().append(s.id());
                    nullable(a, s.parent());
                    a.append(s.label()).append(s.renamed()).append(s.pinned()).append(s.retired());
                    nullable(a, s.mergedInto());
                    a.append(json(s.keptApart())).append(s.centroid()).append(s.members().size())
                            .append(n == null ? 0 : n.articles().size()).append(json(n == null ? List.of() : n.outlets()));
                    date(a, n == null ? Optional.empty() : n.firstSeen());
                    date(a, n == null ? Optional.empty() : n.lastSeen());
                    a.append(n == null ? null : json(NarrativeJson.of(n))).endRow();
                }
            }
            try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "narrative_members")) {
                for (StoredNarrative s : update.state().narratives()) {
                    Map<String, Double> sim = new HashMap<>();
                    Optional.ofNullable(described.get(s.id())).ifPresent(n -> n.members().forEach(m -> sim.put(m.claimKey(), m.similarity())));
                    for (String key : s.members()) {
                        a.beginRow().append(s.id()).append(key);
                        if (sim.containsKey(key)) {
                            a.append(sim.get(key));
                        } else {
                            a.appendNull();
                        }
                        a.endRow();
                    }
                }
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO narrative_state VALUES (?, ?)")) {
                p.setString(1, "next_number");
                p.setLong(2, update.state().nextNumber());
                p.executeUpdate();
                p.setString(1, "applied_overrides");
                p.setLong(2, update.state().appliedOverrides());
                p.executeUpdate();
            }
            long seq = scalar("SELECT coalesce(max(seq), 0) FROM narrative_lineage");
            try (PreparedStatement p = db.prepareStatement("INSERT INTO narrative_lineage VALUES (?, current_timestamp, ?, ?, ?, ?)")) {
                for (LineageEvent e : update.events()) {
                    p.setLong(1, ++seq);
                    p.setString(2, e.kind().name());
                    p.setString(3, e.narrative());
                    p.setString(4, e.other().orElse(null));
                    p.setString(5, e.detail());
                    p.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot store the narratives: " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    /** Records an analyst's decision for the next run; returns the override with its sequence number. */
    public NarrativeOverride record(NarrativeOverride o) {
        long seq = scalar("SELECT coalesce(max(seq), 0) FROM narrative_overrides") + 1;
        NarrativeOverride numbered = switch (o) {
            case NarrativeOverride.Pin p -> new NarrativeOverride.Pin(seq, p.id());
            case NarrativeOverride.Unpin p -> new NarrativeOverride.Unpin(seq, p.id());
            case NarrativeOverride.Rename r -> new NarrativeOverride.Rename(seq, r.id(), r.label());
            case NarrativeOverride.Merge m -> new NarrativeOverride.Merge(seq, m.into(), m.from());
            case NarrativeOverride.Split s -> new NarrativeOverride.Split(seq, s.id(), s.claimKeys());
        };
        OverrideRow.insert(db, numbered);
        return numbered;
    }

    public List<NarrativeOverride> overrides() {
        return OverrideRow.all(db);
    }

    /** The live narratives for listing, top-level first by number, each followed by its sub-narratives. */
    public List<NarrativeRow> list() {
        List<NarrativeRow> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, parent, label, pinned, claims, articles, outlets, first_seen, last_seen"
                     + " FROM narratives WHERE NOT retired AND claims > 0")) {
            while (rs.next()) {
                out.add(new NarrativeRow(rs.getString(1), Optional.ofNullable(rs.getString(2)), rs.getString(3), rs.getBoolean(4),
                        rs.getInt(5), rs.getInt(6), strings(rs.getString(7)),
                        Optional.ofNullable(rs.getObject(8, LocalDate.class)), Optional.ofNullable(rs.getObject(9, LocalDate.class))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the narratives: " + e.getMessage(), e);
        }
        out.sort(NarrativeRow.ORDER);
        return out;
    }

    /** For export: the live narratives (top-level and sub-narratives) each claim key belongs to, ids sorted. */
    public Map<String, List<String>> narrativesOfClaims() {
        Map<String, List<String>> out = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.claim_key, m.narrative_id FROM narrative_members m"
                     + " JOIN narratives n ON n.id = m.narrative_id WHERE NOT n.retired ORDER BY m.claim_key, m.narrative_id")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the narrative members: " + e.getMessage(), e);
        }
        return out;
    }

    /** The stored description (JSON) of a narrative. */
    public Optional<String> details(String id) {
        try (PreparedStatement p = db.prepareStatement("SELECT details FROM narratives WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read narrative " + id + ": " + e.getMessage(), e);
        }
    }

    private long scalar(String query) {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read the narrative tables: " + e.getMessage(), e);
        }
    }

    private void sql(String... statements) {
        try (Statement s = db.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the narrative tables: " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // The connection is already failing; the original error is the one to report.
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("cannot restore auto-commit: " + e.getMessage(), e);
        }
    }

    private static void nullable(DuckDBAppender a, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            a.append(v.get());
        } else {
            a.appendNull();
        }
    }

    private static void date(DuckDBAppender a, Optional<LocalDate> d) throws SQLException {
        if (d.isPresent()) {
            a.append(d.get());
        } else {
            a.appendNull();
        }
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static List<String> strings(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("a narrative row holds bad JSON: " + json, e);
        }
    }
}
