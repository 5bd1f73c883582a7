package org.echotrace.store;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.echotrace.model.CleanArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Full-text index of titles and bodies. It is derived from the DuckDB tables: each commit records
 * the highest article {@code seq} it holds, and on open the store re-indexes whatever came after,
 * so a crash between the two commits loses nothing.
 */
final class LuceneIndex implements AutoCloseable {
    private static final String SEQ = "indexed_seq";
    private final FSDirectory dir;
    private final IndexWriter writer;

    LuceneIndex(Path path) throws IOException {
        this.dir = FSDirectory.open(path);
        this.writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    /** The highest seq of a committed document, or 0. */
    long indexedThrough() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(SEQ)) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0L;
    }

    /**
     * Adds or replaces articles (by id) and moves the high-water mark; visible to search at once,
     * durable at the next {@link #commit()}. Design decision: committing (fsync) once per run
     * rather than per batch, because a crash in between is repaired by the catch-up on open.
     */
    void index(List<CleanArticle> articles, long throughSeq) throws IOException {
        for (CleanArticle a : articles) {
            Document d = new Document();
            d.add(new StringField("id", a.id(), Field.Store.YES));
            d.add(new TextField("title", a.metadata().title().orElse(""), Field.Store.NO));
            d.add(new TextField("body", a.body(), Field.Store.NO));
            writer.updateDocument(new Term("id", a.id()), d);
        }
        writer.setLiveCommitData(Map.of(SEQ, Long.toString(throughSeq)).entrySet());
    }

    void commit() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    List<String> search(String query, int limit) throws IOException {
        Query q;
        try {
            q = new MultiFieldQueryParser(new String[] {"title", "body"}, new StandardAnalyzer()).parse(query);
        } catch (ParseException e) {
            try {
                q = new MultiFieldQueryParser(new String[] {"title", "body"}, new StandardAnalyzer())
                        .parse(QueryParser.escape(query));
            } catch (ParseException again) {
                return List.of();
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, limit)).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).get("id"));
            }
            return ids;
        }
    }

    @Override
    public void close() throws IOException {
        commit();
        writer.close();
        dir.close();
    }
}
