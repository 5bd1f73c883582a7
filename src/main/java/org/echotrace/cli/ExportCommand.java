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
        description = "Writes stored data out. 'articles': one JSON object per line (docs/export-schema.md).")
final class ExportCommand implements Callable<Integer> {
    enum What { articles }

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
                System.err.println("exported " + st.articleCount() + " articles to " + out);
            }
        }
        return 0;
    }

    private static void write(EmbeddedStore st, Writer w) throws IOException {
        try (ArticleJsonWriter json = new ArticleJsonWriter(w)) {
            st.forEachAnalyzed(a -> {
                try {
                    json.write(a, st.sourcesOf(a.id()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
