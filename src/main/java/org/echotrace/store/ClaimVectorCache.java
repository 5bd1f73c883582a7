package org.echotrace.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Sentence vectors of claim texts, keyed by model name and a hash of the text, so an unchanged
 * claim is never embedded twice, and vectors of another model are never mistaken for these.
 */
public final class ClaimVectorCache {
    private final DuckDBConnection db;

    public ClaimVectorCache(Connection connection) {
        this.db = (DuckDBConnection) connection;
        create(connection);
    }

    static void create(Connection db) {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS claim_vectors (model VARCHAR NOT NULL, text_hash VARCHAR NOT NULL,"
                    + " vector FLOAT[] NOT NULL, PRIMARY KEY (model, text_hash))");
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the claim vector cache: " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the text (UTF-8), hex. */
    public static String textHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /**
     * The vector of every text, from the cache where it is there, else from {@code embed} (called
     * once, with the missing texts, in order) and then stored.
     */
    public Map<String, float[]> vectors(String model, Collection<String> texts, Function<List<String>, List<float[]>> embed) {
        Map<String, String> byHash = new HashMap<>();
        for (String t : texts) {
            byHash.put(textHash(t), t);
        }
        Map<String, float[]> cached = cached(model, byHash.keySet());
        List<String> missing = new TreeSet<>(byHash.keySet()).stream().filter(h -> !cached.containsKey(h)).map(byHash::get).toList();
        Map<String, float[]> out = new HashMap<>();
        byHash.forEach((h, t) -> {
            if (cached.containsKey(h)) {
                out.put(t, cached.get(h));
            }
        });
        if (!missing.isEmpty()) {
            List<float[]> fresh = embed.apply(missing);
            try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "claim_vectors")) {
                for (int i = 0; i < missing.size(); i++) {
                    a.beginRow().append(model).append(textHash(missing.get(i))).append(fresh.get(i)).endRow();
                    out.put(missing.get(i), fresh.get(i));
                }
            } catch (SQLException e) {
                throw new StoreException("cannot store claim vectors: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private Map<String, float[]> cached(String model, Collection<String> hashes) {
        Map<String, float[]> out = new HashMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT text_hash, vector FROM claim_vectors WHERE model = ?")) {
            p.setString(1, model);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String h = rs.getString(1);
                    if (hashes.contains(h)) {
                        out.put(h, floats(rs.getArray(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the claim vector cache: " + e.getMessage(), e);
        }
        return out;
    }

    static float[] floats(Array array) throws SQLException {
        if (array == null) {
            return new float[0];
        }
        Object[] values = (Object[]) array.getArray();
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).floatValue();
        }
        return out;
    }
}
