package org.echotrace.store;

import org.echotrace.cluster.NarrativeOverride;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Rows of {@code narrative_overrides}: an action, the narratives it names, a label or claim keys. */
final class OverrideRow {
    private OverrideRow() {
    }

    static void insert(Connection db, NarrativeOverride o) {
        String action;
        String id;
        String other = null;
        String label = null;
        String keys = null;
        switch (o) {
            case NarrativeOverride.Pin p -> {
                action = "pin";
                id = p.id();
            }
            case NarrativeOverride.Unpin p -> {
                action = "unpin";
                id = p.id();
            }
            case NarrativeOverride.Rename r -> {
                action = "rename";
                id = r.id();
                label = r.label();
            }
            case NarrativeOverride.Merge m -> {
                action = "merge";
                id = m.into();
                other = m.from();
            }
            case NarrativeOverride.Split s -> {
                action = "split";
                id = s.id();
                keys = NarrativeTable.json(s.claimKeys());
            }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO narrative_overrides VALUES (?, current_timestamp, ?, ?, ?, ?, ?)")) {
            p.setLong(1, o.seq());
            p.setString(2, action);
            p.setString(3, id);
            p.setString(4, other);
            p.setString(5, label);
            p.setString(6, keys);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the override: " + e.getMessage(), e);
        }
    }

    static List<NarrativeOverride> all(Connection db) {
        List<NarrativeOverride> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, action, narrative_id, other_id, label, claim_keys FROM narrative_overrides ORDER BY seq")) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                String id = rs.getString(3);
                out.add(switch (rs.getString(2)) {
                    case "pin" -> new NarrativeOverride.Pin(seq, id);
                    case "unpin" -> new NarrativeOverride.Unpin(seq, id);
                    case "rename" -> new NarrativeOverride.Rename(seq, id, rs.getString(5));
                    case "merge" -> new NarrativeOverride.Merge(seq, id, rs.getString(4));
                    case "split" -> new NarrativeOverride.Split(seq, id, NarrativeTable.strings(rs.getString(6)));
                    default -> throw new StoreException("unknown narrative override '" + rs.getString(2) + "' at seq " + seq);
                });
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the overrides: " + e.getMessage(), e);
        }
        return out;
    }
}
