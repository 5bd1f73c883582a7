package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

class ReadOnlyStoreTest {
    @Test
    void refusesAFolderOfAnotherFormatNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("FORMAT"), "echotrace-store 1\n");
        StoreException e = assertThrows(StoreException.class, () -> ReadOnlyStore.attach(dir, new Properties()));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("version 1"), e.getMessage());
    }

    @Test
    void readsTheStoreButCannotWriteIt(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("s");
        try (EmbeddedStore st = EmbeddedStore.openOrCreate(store)) {
            assertTrue(Files.exists(store.resolve("FORMAT")));
        }
        try (DuckDBConnection c = ReadOnlyStore.attach(store, new Properties()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + ReadOnlyStore.CATALOG + ".articles")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
            assertThrows(SQLException.class, () -> s.execute("CREATE TABLE " + ReadOnlyStore.CATALOG + ".x (i INTEGER)"));
        }
    }

    @Test
    void givesTheStoredVectorsOfTheTextsAskedAboutOnly(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("s");
        try (EmbeddedStore st = EmbeddedStore.openOrCreate(store)) {
            assertTrue(Files.exists(store.resolve("FORMAT")));
        }
        try (Connection c = StoreConnection.open(store)) {
            new ClaimVectorCache(c).vectors("m", List.of("one", "two"), t -> t.stream().map(x -> new float[] {x.length(), 1f}).toList());
        }
        try (DuckDBConnection c = ReadOnlyStore.attach(store, new Properties())) {
            Map<String, float[]> v = StoredClaimVectors.of(c, ReadOnlyStore.CATALOG, "m", List.of("two", "three"));
            assertEquals(1, v.size());
            assertArrayEquals(new float[] {3f, 1f}, v.get("two"));
            assertTrue(StoredClaimVectors.of(c, ReadOnlyStore.CATALOG, "other model", List.of("two")).isEmpty());
        }
    }
}
