package org.echotrace.cli;

import org.echotrace.export.ArticleJsonWriter;
import org.echotrace.store.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes stored data out. 'articles': one JSON object per line (docs/export-schema.md);"
                + " 'events': the claimed events as an ACLED-style CSV (--format acled-csv).")
final class ExportCommand implements Callable<Integer> {
    enum What { articles, events }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (articles) or acled-csv (events); default: the one that fits WHAT.")
    String format;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to export: ${COMPLETION-CANDIDATES}.")
    What what;

    @Mixin
    StoreOption store;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (EmbeddedStore st = EmbeddedStore.openExisting(store.store)) {
            if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                write(st, w);
                w.flush();
            } else {
                // Written beside the target and moved into place, so a failed export never leaves half a file.
                Path abs = out.toAbsolutePath();
                Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    write(st, w);
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                System.err.println("exported " + what + " of " + st.articleCount() + " articles to " + out);
            }
        }
        return 0;
    }

    private void write(EmbeddedStore st, Writer w) throws IOException {
        if (what == What.events) {
            if (!format.equals("acled-csv") && !format.equals("jsonl")) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "events are exported with --format acled-csv, found '" + format + "'");
            }
            java.util.List<org.echotrace.export.AcledCsvWriter.Row> rows = new java.util.ArrayList<>();
            st.forEachAnalyzed(a -> {
                for (int i = 0; i < a.events().size(); i++) {
                    var e = a.events().get(i);
                    rows.add(new org.echotrace.export.AcledCsvWriter.Row(a.id(), i, e, e.evidence().textOf(a.text())));
                }
            });
            org.echotrace.export.AcledCsvWriter.writeAll(rows.stream(), w);
            return;
        }
        writeArticles(st, w);
    }

    private static void writeArticles(EmbeddedStore st, Writer w) throws IOException {
        java.util.Map<String, java.util.List<String>> narratives = st.narrativesOfClaims();
        java.util.Map<String, java.util.Map<String, java.util.List<org.echotrace.model.TaxonomyLabel>>> taxonomy =
                new java.util.TreeMap<>();
        for (String name : st.taxonomy().names()) {
            taxonomy.put(name, st.taxonomy().read(name));
        }
        var duplicates = org.echotrace.store.DuplicateTable.byClaim(st);
        try (ArticleJsonWriter json = new ArticleJsonWriter(w)) {
            st.forEachAnalyzed(a -> {
                try {
                    java.util.Map<String, java.util.List<org.echotrace.model.TaxonomyLabel>> labels = new java.util.TreeMap<>();
                    taxonomy.forEach((name, byArticle) -> {
                        if (byArticle.containsKey(a.id())) {
                            labels.put(name, byArticle.get(a.id()));
                        }
                    });
                    json.write(a, st.sourcesOf(a.id()), narratives, labels, duplicates);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
