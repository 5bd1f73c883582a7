package org.echotrace.serve;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's full-text index of titles and bodies, opened for reading only. Design decision: a
 * {@link DirectoryReader} on the folder, not the store's index writer, so serving takes no write
 * lock and cannot change the index; it sees the index as last committed by analyze.
 */
final class TextIndex implements AutoCloseable {
    private static final String[] FIELDS = {"title", "body"};
    private final FSDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** Ids of the best matching articles, best first, and how many matched in all. */
    record Hits(long total, List<String> ids) {
    }

    private TextIndex(FSDirectory dir, DirectoryReader reader) {
        this.dir = dir;
        this.reader = reader;
        this.searcher = reader == null ? null : new IndexSearcher(reader);
    }

    /** Opens {@code store/lucene}; a store without an index yet (nothing analyzed) searches empty. */
    static TextIndex open(Path store) {
        Path path = store.resolve("lucene");
        try {
            if (!Files.isDirectory(path)) {
                return new TextIndex(null, null);
            }
            FSDirectory d = FSDirectory.open(path);
            try {
                return new TextIndex(d, DirectoryReader.open(d));
            } catch (IndexNotFoundException e) {
                return new TextIndex(d, null);
            }
        } catch (IOException e) {
            throw new ServeException("cannot open the full-text index at " + path + ": " + e.getMessage(), e);
        }
    }

    /** Lucene query syntax; text that does not parse is searched as plain words. */
    Hits search(String query, int limit) {
        if (searcher == null || query.isBlank()) {
            return new Hits(0, List.of());
        }
        Query q = parse(query).orElseThrow(() -> ApiError.badRequest("cannot read the search '" + Filter.cut(query) + "'"));
        try {
            TopDocs top = searcher.search(q, Math.max(1, limit));
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).get("id"));
            }
            return new Hits(top.totalHits.value(), ids);
        } catch (IOException e) {
            throw new ServeException("full-text search failed: " + e.getMessage(), e);
        }
    }

    private static Optional<Query> parse(String query) {
        for (String text : List.of(query, QueryParser.escape(query))) {
            try {
                return Optional.of(new MultiFieldQueryParser(FIELDS, new StandardAnalyzer()).parse(text));
            } catch (ParseException ignored) {
                // Try the escaped form next: a stray quote or colon should not fail a search box.
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            if (dir != null) {
                dir.close();
            }
        } catch (IOException ignored) {
            // Shutting down a read-only index: nothing to lose.
        }
    }
}
