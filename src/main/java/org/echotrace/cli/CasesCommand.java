package org.echotrace.cli;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.echotrace.link.cases.CaseBase;
import org.echotrace.link.cases.CaseFiles;
import org.echotrace.link.cases.CaseMatch;
import org.echotrace.link.cases.CaseMatcher;
import org.echotrace.link.cases.CaseProblem;
import org.echotrace.link.cases.VectorCache;
import org.echotrace.model.KnownCase;
import org.echotrace.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code echotrace cases import|match}: case bases into the store, and the known cases that match a
 * claim.
 *
 * <p>Design decision: the commands open the store's case table through {@link CaseStore} rather
 * than the embedded store, so they run without loading the articles' ids and index.
 */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Known cases and fact-checks: import case bases, match a claim against them.",
        subcommands = {CasesCommand.Import.class, CasesCommand.Match.class})
final class CasesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: import or match");
    }

    /** The matcher over the store's cases; indexes and embeds only what the store's folders lack. */
    static CaseMatcher matcher(CaseStore store, Directory lucene, List<KnownCase> cases) {
        return CaseMatcher.standard(cases, lucene, VectorCache.inFolder(store.vectorsDir()));
    }

    static Directory luceneOf(CaseStore store) throws IOException {
        Files.createDirectories(store.luceneDir());
        return FSDirectory.open(store.luceneDir());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Reads EUvsDisinfo CSV tables and ClaimReview JSON-LD files into the store; "
                    + "a case already stored is not stored again.")
    static final class Import implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Mixin
        StoreOption store;

        @Override
        public Integer call() throws IOException {
            long started = System.nanoTime();
            try (CaseStore st = CaseStore.openOrCreate(store.store)) {
                int read = 0;
                int added = 0;
                int problems = 0;
                for (Path f : files) {
                    CaseBase base = CaseFiles.read(f);
                    for (CaseProblem p : base.problems()) {
                        System.err.println(p);
                    }
                    int n = st.add(base.cases(), f.toString());
                    System.out.println(f + ": " + base.cases().size() + " cases read, " + n + " new, "
                            + base.problems().size() + " rows not read");
                    read += base.cases().size();
                    added += n;
                    problems += base.problems().size();
                }
                List<KnownCase> all = st.all();
                System.err.println("indexing and embedding " + all.size() + " cases (texts embedded before are reused) ...");
                try (Directory lucene = luceneOf(st); CaseMatcher m = matcher(st, lucene, all)) {
                    System.out.println("Imported into " + store.store + " in " + (System.nanoTime() - started) / 1_000_000
                            + " ms: " + read + " cases read, " + added + " new, " + problems + " rows not read; "
                            + m.size() + " cases in the store");
                }
            }
            return 0;
        }
    }

    @Command(name = "match", mixinStandardHelpOptions = true,
            description = "The known cases closest to a claim, with score, summary and disproof.")
    static final class Match implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "TEXT")
        List<String> text;

        @Mixin
        StoreOption store;

        @Option(names = "--limit", defaultValue = "5", paramLabel = "N")
        int limit;

        @Override
        public Integer call() throws IOException {
            try (CaseStore st = CaseStore.openExisting(store.store)) {
                List<KnownCase> all = st.all();
                if (all.isEmpty()) {
                    System.out.println("No cases in " + store.store + "; import a case base first: echotrace cases import FILE");
                    return 0;
                }
                try (Directory lucene = luceneOf(st); CaseMatcher m = matcher(st, lucene, all)) {
                    for (CaseMatch match : m.match(String.join(" ", text), limit)) {
                        print(match);
                    }
                }
            }
            return 0;
        }

        private static void print(CaseMatch m) {
            KnownCase c = m.knownCase();
            System.out.printf("%d. score %.3f (bm25 %.2f, cosine %.2f)  %s  %s%s%n", m.rank(), m.score(), m.lexical(),
                    m.semantic(), c.date().map(Object::toString).orElse("undated"), c.source(),
                    c.verdict().map(v -> "  verdict: " + v).orElse(""));
            System.out.println("   " + c.title());
            System.out.println("   " + c.url().orElse(c.id()));
            c.summary().filter(s -> !s.equals(c.title())).ifPresent(s -> System.out.println("   summary: " + oneLine(s)));
            System.out.println("   disproof: " + c.disproof().map(CasesCommand::oneLine).orElse("(none in the case base)"));
        }
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
