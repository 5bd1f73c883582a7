package org.echotrace.cli;

import org.echotrace.model.TaxonomyLabel;
import org.echotrace.store.EmbeddedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalystTaxonomyTest {
    @TempDir
    Path tmp;

    private static final String TAXONOMY = """
            # narrative\tsub-narrative\tdescription
            Works run late\t\tRepairs to bridges and walls have fallen weeks behind schedule
            Works run late\tReservoir unsafe\tInspectors found cracks in the wall of the reservoir
            Port booms\t\tGrain deliveries through the port rose sharply
            """;

    private static String capture(Runnable r) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void analyzeLabelsWithTheAnalystsTaxonomyBesideTheShippedOneOnceAndExportsBoth() throws Exception {
        Path articles = tmp.resolve("in");
        Articles.write(articles, 1, 3);
        Path tsv = tmp.resolve("works.tsv");
        Files.writeString(tsv, TAXONOMY, StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");
        String[] analyze = {"analyze", articles.toString(), "--store", store.toString(), "--progress", "none",
            "--taxonomy", tsv.toString()};
        String first = capture(() -> assertEquals(0, Main.execute(analyze)));
        assertTrue(first.contains("6 article labellings by 2 taxonomies"), first);

        String name;
        Map<String, List<TaxonomyLabel>> labels;
        try (EmbeddedStore st = EmbeddedStore.openExisting(store)) {
            List<String> names = st.taxonomy().names();
            assertEquals(2, names.size(), names.toString());
            assertEquals(TaxonomyStep.TAXONOMY, names.get(0));
            name = names.get(1);
            assertTrue(name.matches("works\\.tsv@[0-9a-f]{8}"), name);
            labels = st.taxonomy().read(name);
        }
        assertEquals(3, labels.size());
        assertTrue(labels.values().stream().flatMap(List::stream)
                .anyMatch(l -> l.basis() == TaxonomyLabel.Basis.ZERO_SHOT && !l.evidence().isEmpty()),
                "the analyst's entries, unknown to the shipped model, are scored from their descriptions: " + labels);
        for (List<TaxonomyLabel> l : labels.values()) {
            assertTrue(l.stream().allMatch(x -> x.label().startsWith("Works run late") || x.label().startsWith("Port booms")
                    || x.label().equals("Other")), l.toString());
        }

        String again = capture(() -> assertEquals(0, Main.execute(analyze)));
        assertTrue(again.contains("0 article labellings"), again);
        try (EmbeddedStore st = EmbeddedStore.openExisting(store)) {
            assertEquals(labels, st.taxonomy().read(name), "a re-run neither adds nor drops labels");
        }

        Path export = tmp.resolve("export.jsonl");
        assertEquals(0, Main.execute("export", "articles", "--store", store.toString(), "--out", export.toString()));
        for (String line : Files.readAllLines(export, StandardCharsets.UTF_8)) {
            assertTrue(line.contains("\"taxonomy\":\"" + name + "\"") && line.contains("\"taxonomy\":\"" + TaxonomyStep.TAXONOMY + "\""),
                    line);
        }
    }

    @Test
    void aBadTaxonomyFileStopsAnalyzeBeforeAnythingIsReadNamingTheLine() throws Exception {
        Path tsv = tmp.resolve("bad.tsv");
        Files.writeString(tsv, "only-one-column\n", StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.execute("analyze", tmp.toString(), "--store", store.toString(), "--taxonomy", tsv.toString()));
        } finally {
            System.setErr(err);
        }
        String message = buf.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("bad.tsv") && message.contains(":1"), message);
        assertTrue(Files.notExists(store), "nothing was stored");
    }
}
