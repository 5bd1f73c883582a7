package org.echotrace.serve;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per outlet of the served index, over the articles a filter keeps: articles, first and last
 * publication date, own and attributed claims. Shared by the outlet list and the outlet pages.
 */
final class OutletTally {
    private final ServedIndex idx;
    private final long[] articles;
    private final long[] own;
    private final long[] attributed;
    private final String[] first;
    private final String[] last;

    private OutletTally(ServedIndex idx) {
        this.idx = idx;
        int k = idx.outlets.size();
        articles = new long[k];
        own = new long[k];
        attributed = new long[k];
        first = new String[k];
        last = new String[k];
    }

    /** The tally over the articles {@code keep} holds ({@link ServedIndex#kept}: null keeps all). */
    static OutletTally of(ServedIndex idx, BitSet keep) {
        OutletTally t = new OutletTally(idx);
        for (int a = 0; a < idx.articles(); a++) {
            if (ServedIndex.kept(keep, a)) {
                int o = idx.outletOf[a];
                t.articles[o]++;
                t.own[o] += idx.own[a];
                t.attributed[o] += idx.attributed[a];
                String p = idx.published[a];
                if (p != null) {
                    t.first[o] = t.first[o] == null || p.compareTo(t.first[o]) < 0 ? p : t.first[o];
                    t.last[o] = t.last[o] == null || p.compareTo(t.last[o]) > 0 ? p : t.last[o];
                }
            }
        }
        return t;
    }

    long articles(int outlet) {
        return articles[outlet];
    }

    /** The outlet's row: outlet, articles, first_seen, last_seen, own_claims, attributed_claims. */
    Map<String, Object> row(int outlet) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("outlet", idx.outlets.get(outlet));
        r.put("articles", articles[outlet]);
        r.put("first_seen", first[outlet]);
        r.put("last_seen", last[outlet]);
        r.put("own_claims", own[outlet]);
        r.put("attributed_claims", attributed[outlet]);
        return r;
    }
}
