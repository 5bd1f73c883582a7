package org.echotrace.cli;

import org.echotrace.cluster.ClaimPoint;
import org.echotrace.cluster.LineageEvent;
import org.echotrace.cluster.Narrative;
import org.echotrace.cluster.NarrativeClusterer;
import org.echotrace.cluster.NarrativeState;
import org.echotrace.cluster.NarrativeTracker;
import org.echotrace.cluster.NarrativeUpdate;
import org.echotrace.cluster.StorySplit;
import org.echotrace.eval.PeakHeap;
import org.echotrace.model.Claim;
import org.echotrace.model.Speaker;
import org.echotrace.store.EmbeddedStore;
import org.echotrace.store.StoreConnection;
import org.echotrace.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code echotrace eval narrative-breadth --store DIR}: how broad the narratives of a stored corpus
 * are. The narrative step is run again in memory on the stored claims and their cached vectors,
 * from an empty state, and nothing is written back; reported are the largest narrative's share of
 * the articles, how many narratives reach more than one article, and whether a second run on the
 * same claims from the state just made changes anything (it must not).
 *
 * <p>Design decision: a corpus without gold stories (FA-KES) still shows whether the narratives
 * are useful to an analyst: one narrative holding nearly every article is not. Rerunning only the
 * narrative step (vectors from the store's cache) takes seconds where {@code analyze} takes minutes,
 * so settings can be compared on the same stored corpus.
 */
@Command(name = "narrative-breadth", mixinStandardHelpOptions = true,
        description = "Reruns the narrative step in memory on a store's claims (cached vectors, empty state) and reports how broad its narratives are.")
final class NarrativeBreadthCommand implements Callable<Integer> {
    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--context", paramLabel = "W", description = "Weight of the article context (default: the narrative step's; 0: none).")
    Double context;

    @Option(names = "--no-story-split", description = "Leave narratives that are too broad as they are (the narrative step before the story split).")
    boolean noStorySplit;

    @Override
    public Integer call() throws IOException {
        return EvalCommand.print(store.store, this::run);
    }

    private Map<String, Object> run(Path dir, PrintStream log) {
        long t0 = System.nanoTime();
        PeakHeap.reset();
        List<NarrativeStep.Pending> pending;
        try (EmbeddedStore st = EmbeddedStore.openExisting(dir)) {
            pending = NarrativeStep.collect(st);
        }
        List<ClaimPoint> points = new ArrayList<>(pending.size());
        try (Connection c = StoreConnection.open(dir)) {
            Map<String, float[]> vectors = NarrativeRun.vectors(c, pending.stream().map(p -> p.claim().text()).toList());
            for (NarrativeStep.Pending p : pending) {
                Claim cl = p.claim();
                points.add(new ClaimPoint(p.articleId(), cl.index(), cl.text(), cl.kind(), cl.speaker().map(Speaker::name),
                        cl.speaker().flatMap(Speaker::organisation), List.of(), p.outlet(), p.published(), p.places(),
                        vectors.get(cl.text()), p.statement()));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close the store at " + dir + ": " + e.getMessage(), e);
        }
        long t1 = System.nanoTime();
        Optional<StorySplit.Settings> stories = noStorySplit ? Optional.empty() : Optional.of(StorySplit.Settings.DEFAULT);
        double w = context == null ? NarrativeTracker.CONTEXT : context;
        NarrativeTracker tracker = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS, w, stories);
        NarrativeUpdate first = tracker.update(NarrativeState.EMPTY, points, List.of());
        List<Narrative> top = first.narratives().stream().filter(n -> n.parent().isEmpty())
                .sorted(Comparator.comparingInt((Narrative n) -> -n.articles().size()).thenComparing(Narrative::id)).toList();
        long t2 = System.nanoTime();
        // The same claims again from the state just made: stable identity means nothing changes.
        NarrativeUpdate again = tracker.update(first.state(), points, List.of());
        boolean same = members(first).equals(members(again));
        long changes = again.events().stream().filter(e -> e.kind() != LineageEvent.Kind.GREW).count();
        log.println("second run's lineage: " + again.events().stream().collect(java.util.stream.Collectors.groupingBy(
                LineageEvent::kind, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        long articles = points.stream().map(ClaimPoint::articleId).distinct().count();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eval", "narrative-breadth");
        out.put("store", dir.toString());
        out.put("article_context", w);
        out.put("story_split", stories.map(st -> Map.of("min_articles", st.minArticles(), "threshold", st.threshold()))
                .orElse(null));
        out.put("articles_with_claims", articles);
        out.put("claims", points.size());
        out.put("narratives", top.size());
        out.put("multi_article_narratives", top.stream().filter(n -> n.articles().size() > 1).count());
        int largest = top.isEmpty() ? 0 : top.get(0).articles().size();
        out.put("largest_narrative_articles", largest);
        out.put("largest_narrative_share", articles == 0 ? 0 : Math.round(1000.0 * largest / articles) / 1000.0);
        out.put("top_sizes", top.stream().limit(10).map(n -> n.articles().size()).toList());
        out.put("stories_split_off", first.events().stream().filter(e -> e.kind() == LineageEvent.Kind.SPLIT).count());
        out.put("rerun_same_narratives", same);
        out.put("rerun_lineage_events", changes);
        out.put("read_seconds", Math.round((t1 - t0) / 1e7) / 100.0);
        out.put("cluster_seconds", Math.round((t2 - t1) / 1e7) / 100.0);
        out.put("peak_heap_mb", Math.round(PeakHeap.bytes() / 1e6));
        log.printf(Locale.ROOT, "%d articles, %d claims: %d narratives, %d reach more than one article, the largest %d articles%n",
                articles, points.size(), top.size(), out.get("multi_article_narratives"), largest);
        for (Narrative n : top.stream().limit(5).toList()) {
            log.printf(Locale.ROOT, "  %s, %d articles: %s%n", n.id(), n.articles().size(),
                    n.representative().length() > 140 ? n.representative().substring(0, 140) + "..." : n.representative());
        }
        return out;
    }

    private static Map<String, List<String>> members(NarrativeUpdate u) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        u.narratives().forEach(n -> out.put(n.id(), n.members().stream().map(Narrative.Member::claimKey).toList()));
        return out;
    }
}
