package org.echotrace.serve;

import org.echotrace.serve.WorkbenchQueries.Page;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The article, claim, entity, place and outlet lists, counted, grouped and paged over the
 * in-memory index ({@link ServedIndex}); only the rows of a page are built ({@link WorkbenchQueries}).
 * Answers have the same shape and order the SQL gave before. The narrative pages are
 * {@link NarrativeList} and {@link NarrativePages}, one outlet's {@link OutletPages}.
 */
final class IndexedQueries {
    private final ServedIndex idx;
    private final ClaimTextIndex claimText;
    private final WorkbenchQueries rows;
    private final FindingGroups entities;
    private final FindingGroups places;

    IndexedQueries(ServedIndex idx, ClaimTextIndex claimText, WorkbenchQueries rows, FindingGroups entities, FindingGroups places) {
        this.idx = idx;
        this.claimText = claimText;
        this.rows = rows;
        this.entities = entities;
        this.places = places;
    }

    /** Entities grouped by canonical name and type, most mentioned first; {@code kind} is the type. */
    Page entities(Filter f) {
        return entities.page(f, idx.filter(f));
    }

    /** Places grouped by gazetteer id, with coordinates and how often they are named. */
    Page places(Filter f) {
        return places.page(f, idx.filter(f));
    }

    /** Articles, newest first; {@code ids} (from full-text search) narrows them when present. */
    Page articles(Filter f, Optional<List<String>> ids) {
        BitSet keep = idx.filter(f);
        BitSet found = null;
        if (ids.isPresent()) {
            found = new BitSet(idx.articles());
            for (String id : ids.get()) {
                idx.article(id).ifPresent(found::set);
            }
        }
        long total = 0;
        List<Map<String, Object>> items = new ArrayList<>();
        for (int a = 0; a < idx.articles(); a++) {
            if (ServedIndex.kept(keep, a) && (found == null || found.get(a))) {
                if (total >= f.offset() && items.size() < f.limit()) {
                    items.add(idx.row(a));
                }
                total++;
            }
        }
        return new Page(total, f.limit(), f.offset(), items);
    }

    /** Short rows of these articles, in the order given (search ranking). */
    List<Map<String, Object>> articlesByIds(List<String> ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            idx.article(id).ifPresent(a -> out.add(idx.row(a)));
        }
        return out;
    }

    /** Claims in list order; {@code kind} is own or attributed; {@code q} a full-text query over claim texts. */
    Page claims(Filter f) {
        int n = idx.claimArt.length;
        if (f.q().isPresent() && f.equals(Filter.page(f.limit(), f.offset()).withQuery(f.q()))) {
            // Only a query: Lucene gives the first hits in list order (the index is sorted by rank) and the count.
            ClaimTextIndex.FirstHits hits = claimText.first(f.q().get(), f.offset() + f.limit());
            List<Integer> page = hits.ranks().subList(Math.min(f.offset(), hits.ranks().size()), hits.ranks().size());
            return new Page(hits.total(), f.limit(), f.offset(), rows.claimRows(page));
        }
        BitSet keep = idx.filter(f);
        BitSet match = f.q().map(q -> claimText.matching(q, n)).orElse(null);
        String kind = f.kind().orElse(null);
        long total = 0;
        List<Integer> page = new ArrayList<>();
        int r = match == null ? 0 : match.nextSetBit(0);
        while (r >= 0 && r < n) {
            if (ServedIndex.kept(keep, idx.claimArt[r]) && (kind == null || kind.equals(idx.claimKind[r]))) {
                if (total >= f.offset() && page.size() < f.limit()) {
                    page.add(r);
                }
                total++;
            }
            r = match == null ? r + 1 : match.nextSetBit(r + 1);
        }
        return new Page(total, f.limit(), f.offset(), rows.claimRows(page));
    }

    /** Full rows of these claims, keys as "articleId#idx", in the order given. */
    List<Map<String, Object>> claimsByKeys(List<String> keys) {
        List<Integer> ranks = new ArrayList<>();
        for (String k : keys) {
            int hash = k.lastIndexOf('#');
            try {
                idx.claim(k.substring(0, hash), Integer.parseInt(k.substring(hash + 1))).ifPresent(ranks::add);
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                // Not a claim key: nothing to show for it.
            }
        }
        Map<Integer, Map<String, Object>> byRank = new LinkedHashMap<>();
        List<Map<String, Object>> found = rows.claimRows(ranks.stream().sorted().distinct().toList());
        List<Integer> sorted = ranks.stream().sorted().distinct().toList();
        for (int i = 0; i < found.size(); i++) {
            byRank.put(sorted.get(i), found.get(i));
        }
        return ranks.stream().map(byRank::get).toList();
    }

    /** Every outlet with its articles, dates and relay profile (own assertions vs attributed claims). */
    Page outlets(Filter f) {
        OutletTally tally = OutletTally.of(idx, idx.filter(f));
        List<Map<String, Object>> all = new ArrayList<>();
        for (int o = 0; o < idx.outlets.size(); o++) {
            if (tally.articles(o) > 0) {
                all.add(tally.row(o));
            }
        }
        all.sort(Comparator.comparingLong((Map<String, Object> r) -> -(Long) r.get("articles"))
                .thenComparing(r -> (String) r.get("outlet")));
        int from = Math.min(f.offset(), all.size());
        return new Page(all.size(), f.limit(), f.offset(), new ArrayList<>(all.subList(from, Math.min(all.size(), from + f.limit()))));
    }
}
