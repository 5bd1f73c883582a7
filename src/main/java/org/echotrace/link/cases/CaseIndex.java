package org.echotrace.link.cases;

import org.echotrace.model.KnownCase;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Lucene BM25 index of the cases' title and summary (English analysis: stop words, Porter stems).
 * The index remembers a fingerprint of the cases it holds, so an on-disk index is rebuilt only when
 * the case base changed.
 */
final class CaseIndex implements Closeable {
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String ALL = "all";
    private static final String ORD = "ord";
    private static final String FINGERPRINT = "fingerprint";
    /** Lucene's default limit is 1024 clauses; a claim's distinct words rarely pass a few dozen. */
    private static final int MAX_TERMS = 400;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** A case by its position in the list the index was built from, and its BM25 score. */
    record Hit(int ord, float score) {
    }

    private CaseIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    static CaseIndex openOrBuild(Directory dir, List<KnownCase> cases) {
        String fingerprint = fingerprint(cases);
        try {
            if (DirectoryReader.indexExists(dir)) {
                DirectoryReader r = DirectoryReader.open(dir);
                Map<String, String> data = r.getIndexCommit().getUserData();
                if (fingerprint.equals(data.get(FINGERPRINT))) {
                    return new CaseIndex(r);
                }
                r.close();
            }
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (int i = 0; i < cases.size(); i++) {
                    KnownCase c = cases.get(i);
                    Document d = new Document();
                    d.add(new NumericDocValuesField(ORD, i));
                    d.add(new TextField(TITLE, c.title(), Field.Store.NO));
                    d.add(new TextField(SUMMARY, c.summary().orElse(""), Field.Store.NO));
                    d.add(new TextField(ALL, c.matchText(), Field.Store.NO));
                    w.addDocument(d);
                }
                w.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
                w.commit();
            }
            return new CaseIndex(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the case index: " + e.getMessage(), e);
        }
    }

    /** The best {@code n} cases for a text on one field, best first; ties by case order. */
    List<Hit> search(String text, String field, int n) {
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String t : terms) {
            q.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] top = searcher.search(q.build(), n).scoreDocs;
            List<Hit> hits = new ArrayList<>(top.length);
            List<LeafReaderContext> leaves = reader.leaves();
            for (ScoreDoc sd : top) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                NumericDocValues ords = leaf.reader().getNumericDocValues(ORD);
                ords.advanceExact(sd.doc - leaf.docBase);
                hits.add(new Hit((int) ords.longValue(), sd.score));
            }
            hits.sort((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Integer.compare(a.ord(), b.ord()));
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the case index: " + e.getMessage(), e);
        }
    }

    private Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_TERMS) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String fingerprint(List<KnownCase> cases) {
        StringBuilder all = new StringBuilder();
        for (KnownCase c : cases) {
            all.append(c.id()).append('\u0000').append(c.matchText()).append('\u0001');
        }
        return EuvsDisinfoCsvReader.hash(all.toString());
    }

    @Override
    public void close() {
        try {
            reader.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
