package org.echotrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the claim vectors the narrative step stored ({@link ClaimVectorCache}'s table) without
 * creating or writing anything, for readers of a store opened read-only: the workbench's semantic
 * search takes them instead of embedding every claim again.
 */
public final class StoredClaimVectors {
    private StoredClaimVectors() {
    }

    /**
     * The stored vectors of those texts, by text, for one model; texts never embedded are absent.
     * {@code catalog} names the attached store ({@link ReadOnlyStore#CATALOG}) or is empty.
     */
    public static Map<String, float[]> of(Connection c, String catalog, String model, Collection<String> texts) {
        Map<String, String> byHash = new HashMap<>();
        for (String t : texts) {
            byHash.put(ClaimVectorCache.textHash(t), t);
        }
        Map<String, float[]> out = new HashMap<>();
        String table = (catalog.isEmpty() ? "" : catalog + ".") + "claim_vectors";
        try {
            if (!exists(c, catalog)) {
                return out;
            }
            try (PreparedStatement p = c.prepareStatement("SELECT text_hash, vector FROM " + table + " WHERE model = ?")) {
                p.setString(1, model);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String text = byHash.get(rs.getString(1));
                        if (text != null) {
                            out.put(text, ClaimVectorCache.floats(rs.getArray(2)));
                        }
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the stored claim vectors: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String catalog) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'claim_vectors'"
                     + (catalog.isEmpty() ? "" : " AND table_catalog = '" + catalog.replace("'", "''") + "'"))) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }
}
