package org.echotrace.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.echotrace.model.KnownCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseTableTest {
    @TempDir
    Path dir;

    private static KnownCase known(String id, String title) {
        return new KnownCase(id, title, Optional.of("summary " + id), Optional.of("disproof " + id), Optional.of("False"),
                Optional.of("https://x/" + id), Optional.of(LocalDate.of(2017, 3, 4)), Optional.empty(), "EUvsDisinfo",
                List.of("Syria", "NATO"), List.of("US"));
    }

    @Test
    void importingTheSameCasesTwiceStoresNothingTwiceAndRoundTripsEveryField() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("t.duckdb"))) {
            CaseTable t = new CaseTable(c).ensure();
            List<KnownCase> cases = List.of(known("b", "Second"), known("a", "First"), known("a", "First again"));
            assertEquals(2, t.add(cases, "file.csv"));
            assertEquals(0, t.add(cases, "file.csv"));
            assertEquals(1, t.add(List.of(known("c", "Third")), "other.csv"));
            List<KnownCase> all = t.all();
            assertEquals(List.of("a", "b", "c"), all.stream().map(KnownCase::id).toList());
            assertEquals(known("a", "First"), all.get(0));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("t.duckdb"))) {
            assertEquals(3, new CaseTable(c).ensure().count());
        }
    }
}
