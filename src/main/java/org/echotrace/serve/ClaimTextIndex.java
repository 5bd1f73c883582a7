package org.echotrace.serve;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Full-text search of claim texts: a Lucene index in memory, built at start from the claims in
 * list order, each document carrying its claim's list rank. A query gives the set of matching
 * ranks, which the claim lists intersect with their other filters and page in list order.
 *
 * <p>Design decision: an index of its own rather than the store's article index, because a claim
 * is the unit found and shown, and a substring scan of 200,000 texts took tens of milliseconds per
 * request. The same analyzer and query syntax as the article search, so one search box means the
 * same thing on both.
 */
final class ClaimTextIndex implements AutoCloseable {
    private static final String TEXT = "text";
    private static final String RANK = "rank";
    /** Documents sorted by list rank: the first hits in list order are found without visiting the rest. */
    private static final Sort BY_RANK = new Sort(new SortField(RANK, SortField.Type.LONG));
    private final ByteBuffersDirectory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private ClaimTextIndex(ByteBuffersDirectory dir, DirectoryReader reader) {
        this.dir = dir;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    static ClaimTextIndex build(StoreConnection db) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64)
                    .setIndexSort(BY_RANK))) {
                if (db.hasTable("claims")) {
                    db.each("SELECT list_rank, text FROM claims ORDER BY list_rank", rs -> {
                        Document d = new Document();
                        d.add(new TextField(TEXT, String.valueOf(rs.getString(2)), Field.Store.NO));
                        d.add(new NumericDocValuesField(RANK, rs.getInt(1)));
                        try {
                            w.addDocument(d);
                        } catch (IOException e) {
                            throw new ServeException("cannot index the claim texts: " + e.getMessage(), e);
                        }
                    });
                }
                w.commit();
            }
            return new ClaimTextIndex(dir, DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new ServeException("cannot index the claim texts: " + e.getMessage(), e);
        }
    }

    /** How many claims match and the list ranks of the first {@code n} of them, in list order. */
    record FirstHits(long total, List<Integer> ranks) {
    }

    FirstHits first(String query, int n) {
        Query q = parse(query).orElseThrow(() -> ApiError.badRequest("cannot read the search '" + Filter.cut(query) + "'"));
        try {
            List<Integer> ranks = new java.util.ArrayList<>();
            for (ScoreDoc d : searcher.search(q, Math.max(1, n), BY_RANK, false).scoreDocs) {
                ranks.add(((Number) ((FieldDoc) d).fields[0]).intValue());
            }
            return new FirstHits(searcher.count(q), ranks);
        } catch (IOException e) {
            throw new ServeException("claim search failed: " + e.getMessage(), e);
        }
    }

    /** The ranks of the claims matching a query (Lucene syntax; text that does not parse is searched as plain words). */
    BitSet matching(String query, int claims) {
        Query q = parse(query).orElseThrow(() -> ApiError.badRequest("cannot read the search '" + Filter.cut(query) + "'"));
        try {
            return searcher.search(q, new CollectorManager<RankCollector, BitSet>() {
                @Override
                public RankCollector newCollector() {
                    return new RankCollector(claims);
                }

                @Override
                public BitSet reduce(Collection<RankCollector> collectors) {
                    BitSet out = new BitSet(claims);
                    collectors.forEach(c -> out.or(c.ranks));
                    return out;
                }
            });
        } catch (IOException e) {
            throw new ServeException("claim search failed: " + e.getMessage(), e);
        }
    }

    /** Collects the list ranks of the matching documents; scores are not needed, claim lists keep their own order. */
    private static final class RankCollector extends SimpleCollector {
        final BitSet ranks;
        private NumericDocValues values;

        RankCollector(int claims) {
            this.ranks = new BitSet(claims);
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = context.reader().getNumericDocValues(RANK);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values != null && values.advanceExact(doc)) {
                ranks.set((int) values.longValue());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static Optional<Query> parse(String query) {
        for (String text : List.of(query, QueryParser.escape(query))) {
            try {
                return Optional.of(new QueryParser(TEXT, new StandardAnalyzer()).parse(text));
            } catch (ParseException ignored) {
                // Try the escaped form next: a stray quote or colon should not fail a search box.
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException ignored) {
            // An index in memory: nothing to lose on close.
        }
    }
}
