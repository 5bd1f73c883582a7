package org.echotrace.cli;

import org.apache.lucene.store.FSDirectory;
import org.echotrace.cluster.ClaimPoint;
import org.echotrace.cluster.Narrative;
import org.echotrace.cluster.NarrativeUpdate;
import org.echotrace.link.cases.CaseMatch;
import org.echotrace.link.cases.CaseMatcher;
import org.echotrace.link.cases.VectorCache;
import org.echotrace.store.CaseMatchTable;
import org.echotrace.store.CaseStore;
import org.echotrace.store.CaseTable;
import org.echotrace.store.StoreConnection;
import org.echotrace.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * After the narrative step: each narrative's representative claim matched against the store's
 * known cases (hybrid BM25 and embedding ranking), the best {@link #TOP} kept with their scores.
 * Nothing happens while no case base was imported.
 */
final class CaseLinkStep {
    static final int TOP = 3;

    private CaseLinkStep() {
    }

    /** Returns how many matches were stored. */
    static int run(Path storeDir, NarrativeUpdate update) {
        try (Connection c = StoreConnection.open(storeDir)) {
            CaseTable cases = new CaseTable(c).ensure();
            CaseMatchTable matches = new CaseMatchTable(c).ensure();
            if (cases.count() == 0 || update.narratives().isEmpty()) {
                return 0;
            }
            List<Narrative> narratives = update.narratives();
            List<String> texts = narratives.stream().map(Narrative::representative).toList();
            List<CaseMatchTable.Row> rows = new ArrayList<>();
            try (FSDirectory dir = FSDirectory.open(storeDir.resolve(CaseStore.LUCENE));
                 CaseMatcher matcher = CaseMatcher.standard(cases.all(), dir,
                         VectorCache.inFolder(storeDir.resolve(CaseStore.VECTORS)))) {
                List<List<CaseMatch>> found = matcher.matchAll(texts, TOP);
                for (int i = 0; i < narratives.size(); i++) {
                    Narrative n = narratives.get(i);
                    String key = n.representativeKey();
                    for (CaseMatch m : found.get(i)) {
                        rows.add(new CaseMatchTable.Row(n.id(), ClaimPoint.articleOf(key),
                                Integer.parseInt(key.substring(key.lastIndexOf('#') + 1)), m.knownCase().id(), m.rank(),
                                m.score(), m.lexical(), m.semantic()));
                    }
                }
            }
            matches.replace(rows);
            return rows.size();
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot match narratives to known cases in " + storeDir + ": " + e.getMessage(), e);
        }
    }
}
