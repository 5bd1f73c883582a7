package org.echotrace.cli;

import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.link.taxonomy.Taxonomy;
import org.echotrace.link.taxonomy.TaxonomyLabeller;
import org.echotrace.link.taxonomy.TaxonomyReader;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.Sentence;
import org.echotrace.model.TaxonomyLabel;
import org.echotrace.store.EmbeddedStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * After analyze: the articles not yet labelled with a narrative taxonomy get its entries, stored in
 * {@code article_taxonomy} under the taxonomy's name. The shipped taxonomy (SemEval-2025 Task 10's,
 * model trained by {@code train narratives}) always runs; an analyst's own ({@code analyze
 * --taxonomy FILE}) runs beside it, its entries scored by the shipped classifiers where the labels
 * match and zero-shot from their descriptions otherwise. Sentences are recomputed (they are not
 * stored); each article's sentences are embedded once, which is this step's cost (about 90 ms an
 * article on 2 cores).
 */
final class TaxonomyStep {
    static final String TAXONOMY = "semeval2025-task10-en";

    /** An analyst's taxonomy, read from its file, and the name its labels are stored under. */
    record Analyst(String name, Taxonomy taxonomy) {
        /**
         * Design decision: the name is the file's name plus the first 8 hex digits of its content's
         * SHA-256 ("my-narratives.tsv@1a2b3c4d"), so an edited file is a new taxonomy and every
         * article is labelled with it afresh, while the labels of the old version stay, under their
         * own name, for comparison.
         */
        static Analyst read(Path file) throws IOException {
            Taxonomy t = TaxonomyReader.read(file);
            byte[] content = Files.isDirectory(file) ? folderContent(file) : Files.readAllBytes(file);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
                return new Analyst(file.getFileName() + "@" + HexFormat.of().formatHex(digest, 0, 4), t);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks SHA-256", e);
            }
        }

        private static byte[] folderContent(Path dir) throws IOException {
            var out = new java.io.ByteArrayOutputStream();
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.write(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.write(Files.readAllBytes(f));
                }
            }
            return out.toByteArray();
        }
    }

    private TaxonomyStep() {
    }

    /** Labels the new articles with the shipped taxonomy, then with each analyst taxonomy; returns how many labellings were stored. */
    static int run(EmbeddedStore store, List<Analyst> analyst) {
        int n = run(store, TAXONOMY, TaxonomyLabeller::shipped);
        for (Analyst a : analyst) {
            n += run(store, a.name(), () -> TaxonomyLabeller.shipped(a.taxonomy()));
        }
        return n;
    }

    /**
     * Labels the stored English articles that the named taxonomy has not labelled yet; only those are
     * read back from the store, so a re-run over a large store costs one id query.
     */
    static int run(EmbeddedStore store, String name, Supplier<TaxonomyLabeller> labellerOf) {
        Set<String> todo = new TreeSet<>(store.knownIds());
        todo.removeAll(store.taxonomy().labelled(name));
        if (todo.isEmpty()) {
            return 0;
        }
        List<CleanArticle> articles = new ArrayList<>();
        // A few new articles are looked up one by one; most of the store, in one scan.
        if (todo.size() * 4 > store.articleCount()) {
            store.forEachArticle(a -> {
                if (todo.contains(a.id()) && english(a)) {
                    articles.add(a);
                }
            });
        } else {
            for (String id : todo) {
                store.findArticle(id).filter(TaxonomyStep::english).ifPresent(articles::add);
            }
        }
        if (articles.isEmpty()) {
            return 0;
        }
        TaxonomyLabeller labeller = labellerOf.get();
        SentenceAnnotator sentences = new SentenceAnnotator();
        Map<String, List<TaxonomyLabel>> labels = new LinkedHashMap<>();
        for (CleanArticle c : articles) {
            AnalyzedArticle a = sentences.apply(AnalyzedArticle.of(c));
            labels.put(c.id(), labeller.label(a.text(), a.sentences().stream().map(Sentence::span).toList()));
        }
        store.taxonomy().add(name, labels);
        return labels.size();
    }

    private static boolean english(CleanArticle a) {
        return "en".equals(a.metadata().language().orElse("en"));
    }
}
