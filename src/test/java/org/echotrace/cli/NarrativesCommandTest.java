package org.echotrace.cli;

import org.echotrace.cluster.NarrativeUpdate;
import org.echotrace.store.EmbeddedStore;
import org.echotrace.store.StoreConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NarrativesCommandTest {
    @TempDir
    Path tmp;

    private String run(int expectedExit, String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Main.execute(args));
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private NarrativeUpdate update(Path store) throws Exception {
        try (Connection c = StoreConnection.open(store)) {
            return NarrativeRun.update(c, org.echotrace.store.NarrativeTableTest.claims());
        }
    }

    @Test
    void listsTheNarrativesAndRecordsARenameTheNextRunApplies() throws Exception {
        Path store = tmp.resolve("s");
        EmbeddedStore.openOrCreate(store).close();
        assertTrue(run(0, "narratives", "--store", store.toString()).contains("no narratives"));
        update(store);
        String list = run(0, "narratives", "--store", store.toString());
        assertTrue(list.contains("N-1") && list.contains("N-2") && list.contains("outlet0") && list.contains("2020-01-01"), list);
        assertTrue(run(0, "narratives", "rename", "N-2", "The second story", "--store", store.toString()).contains("recorded"));
        assertEquals(2, Main.execute("narratives", "pin", "N-9", "--store", store.toString()));
        update(store);
        assertTrue(run(0, "narratives", "--store", store.toString()).contains("The second story"));
        assertTrue(run(0, "narratives", "show", "N-2", "--store", store.toString()).contains("\"label\":\"The second story\""));
    }
}
