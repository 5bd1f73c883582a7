package org.echotrace.cli;

import org.echotrace.cluster.ClaimPoint;
import org.echotrace.cluster.NarrativeUpdate;
import org.echotrace.cluster.Statements;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Claim;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.Speaker;
import org.echotrace.store.EmbeddedStore;
import org.echotrace.store.StoreConnection;
import org.echotrace.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus-level step after analyze: every stored claim (not only the new ones) grouped into
 * narratives, with the stored state and the analyst's overrides, so ids stay stable across runs.
 *
 * <p>Design decision: the claims are read through the store, which is then closed, and the
 * narrative tables are written over a plain connection ({@link StoreConnection}), because DuckDB
 * holds one writer per file. Claim vectors come from the store's cache: unchanged claims are never
 * embedded again.
 */
final class NarrativeStep {
    /** A claim with what the grouping needs, before its vector is known; {@code statement} as labels quote it. */
    record Pending(String articleId, Claim claim, String outlet, Optional<LocalDate> published, List<String> places,
                   String statement) {
    }

    private NarrativeStep() {
    }

    static NarrativeUpdate run(Path storeDir) {
        List<Pending> pending;
        try (EmbeddedStore st = EmbeddedStore.openExisting(storeDir)) {
            pending = collect(st);
        }
        return update(storeDir, pending);
    }

    /** Every stored claim with what the grouping needs, read while the caller holds the store open. */
    static List<Pending> collect(EmbeddedStore st) {
        List<Pending> pending = new ArrayList<>();
        st.forEachAnalyzed(a -> collect(a, pending));
        return pending;
    }

    /** The narrative tables updated from the collected claims, once the store is closed. */
    static NarrativeUpdate update(Path storeDir, List<Pending> pending) {
        try (Connection c = StoreConnection.open(storeDir)) {
            Map<String, float[]> vectors = NarrativeRun.vectors(c, pending.stream().map(p -> p.claim().text()).toList());
            List<ClaimPoint> points = new ArrayList<>(pending.size());
            for (Pending p : pending) {
                Claim cl = p.claim();
                points.add(new ClaimPoint(p.articleId(), cl.index(), cl.text(), cl.kind(), cl.speaker().map(Speaker::name),
                        cl.speaker().flatMap(Speaker::organisation),
                        cl.chain().stream().map(h -> new ClaimPoint.Hop(h.name(), h.role())).toList(), p.outlet(),
                        p.published(), p.places(), vectors.get(cl.text()), p.statement()));
            }
            return NarrativeRun.update(c, points);
        } catch (SQLException e) {
            throw new StoreException("cannot close the store at " + storeDir + ": " + e.getMessage(), e);
        }
    }

    private static void collect(AnalyzedArticle a, List<Pending> out) {
        String outlet = a.clean().metadata().outlet().orElse("");
        Optional<LocalDate> published = a.clean().metadata().published().flatMap(d -> day(d.iso()));
        for (Claim c : a.claims()) {
            List<String> places = new ArrayList<>();
            for (PlaceMention p : a.places()) {
                if (c.span().contains(p.span()) && !places.contains(p.place().name())) {
                    places.add(p.place().name());
                }
            }
            out.add(new Pending(a.id(), c, outlet, published, places, Statements.of(a.text(), c)));
        }
    }

    /** A publication date as a day: month and year precision fall on their first day. */
    static Optional<LocalDate> day(String iso) {
        try {
            return Optional.of(switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
                case 7 -> LocalDate.parse(iso + "-01");
                default -> LocalDate.parse(iso.substring(0, 10));
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

}
