package org.echotrace.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Narratives with stable identity, as a pure function: the previous state, all claims of the
 * corpus now and the analyst's overrides give the next state, the narratives and their lineage.
 *
 * <p>Design decision: identity belongs to claims, not to cluster numbers. A narrative's members
 * stay its members; a run only adds claims (new ones join the narrative they are close to, through
 * the same average-linkage rule that formed it), forms new narratives from what is left, and joins
 * two narratives when their claims have come to say the same thing, keeping the older id and
 * recording the merge. It splits a narrative on its own only when it is too broad, several stories
 * of one topic ({@link StorySplit}): the narrative keeps its largest story and id, each other story
 * becomes a new narrative, the split is recorded, and each story is kept apart from every other
 * narrative from then on: it grows with new claims only, so later runs neither join the stories
 * again nor join other narratives into them (in a one-topic corpus everything is close enough to
 * join, which is how the broad narrative formed), and a run on the same claims changes nothing. A
 * pinned narrative, and one an analyst merged others into, is never split that way. Numbers come
 * from a persisted counter and are never reused, so an id means the same narrative for ever. New
 * narratives are numbered in order of first appearance (then key), so the same claims in any order
 * get the same ids.
 *
 * <p>Design decision (threshold 0.45): claims of one narrative are different sentences about one
 * story; in the seed that quotes the Defence Ministry, its sentences about the al-Tanf zone score
 * 0.48 to 0.74 with MiniLM, while our hand-written claims of unrelated stories of the region score
 * 0.19 to 0.36 (one pair of the same narrative in other words, "Washington helps IS" against "IS
 * shelters at At Tanf", scored 0.45). The mean over a group is lower than its pairs' best, so the
 * join threshold sits at the low end of the narrative's range.
 * Sub-narratives use the threshold plus {@link #SUB_MARGIN}: groups inside a narrative that say one
 * specific thing again and again.
 */
public final class NarrativeTracker {
    static final double SUB_MARGIN = 0.2;
    static final int SUB_MIN_MEMBERS = 4;
    /** Weight of a claim's article direction at the top level ({@link ArticleContext}). */
    public static final double CONTEXT = 0.5;
    private final NarrativeClusterer clusterer;
    private final NarrativeClusterer subClusterer;
    private final double context;
    private final Optional<StorySplit> stories;

    public NarrativeTracker(NarrativeClusterer.Settings settings) {
        this(settings, CONTEXT, Optional.of(StorySplit.Settings.DEFAULT));
    }

    /**
     * With the weight of the article context (0: claims grouped by their own vectors alone) and the
     * story split of narratives that are too broad (empty: none).
     */
    public NarrativeTracker(NarrativeClusterer.Settings settings, double context, Optional<StorySplit.Settings> stories) {
        this.context = context;
        this.stories = stories.map(StorySplit::new);
        this.clusterer = new NarrativeClusterer(settings);
        this.subClusterer = new NarrativeClusterer(settings.withThreshold(Math.min(0.95, settings.threshold() + SUB_MARGIN)));
    }

    public NarrativeUpdate update(NarrativeState previous, List<ClaimPoint> claims, List<NarrativeOverride> overrides) {
        List<ClaimPoint> sorted = claims.stream().sorted(ClaimPoint.BY_KEY).toList();
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (pos.put(sorted.get(i).key(), i) != null) {
                throw new IllegalArgumentException("claim " + sorted.get(i).key() + " is given twice");
            }
        }
        Ledger ledger = new Ledger(previous);
        long applied = previous.appliedOverrides();
        for (NarrativeOverride o : overrides.stream().sorted(Comparator.comparingLong(NarrativeOverride::seq)).toList()) {
            if (o.seq() > applied) {
                ledger.apply(o);
                applied = o.seq();
            }
        }
        List<Ledger.Work> live = new ArrayList<>(ledger.live.values());
        int[] start = new int[sorted.size()];
        java.util.Arrays.fill(start, -1);
        for (int w = 0; w < live.size(); w++) {
            live.get(w).members.retainAll(pos.keySet());
            for (String key : live.get(w).members) {
                start[pos.get(key)] = w;
            }
        }
        List<int[]> groups = clusterer.cluster(ArticleContext.apply(sorted, context), start, (a, b) -> canJoin(live, a, b));
        List<List<ClaimPoint>> fresh = new ArrayList<>();
        for (int[] g : groups) {
            List<ClaimPoint> members = new ArrayList<>(g.length);
            TreeSet<Integer> origins = new TreeSet<>();
            for (int i : g) {
                members.add(sorted.get(i));
                if (start[i] >= 0) {
                    origins.add(start[i]);
                }
            }
            if (origins.isEmpty()) {
                fresh.add(members);
            } else {
                Ledger.Work survivor = origins.stream().map(live::get).min(Comparator.comparingInt(w -> w.number)).orElseThrow();
                for (int o : origins) {
                    if (live.get(o) != survivor) {
                        ledger.merge(survivor, live.get(o), "their claims came together");
                    }
                }
                ledger.grow(survivor, members);
            }
        }
        fresh.sort(Comparator.comparing((List<ClaimPoint> g) -> firstDay(g)).thenComparing(g -> g.get(0), ClaimPoint.BY_KEY));
        for (List<ClaimPoint> g : fresh) {
            ledger.create(g, NarrativeDescriber.label(g));
        }
        if (stories.isPresent()) {
            // What an analyst joined stays joined: the story split never undoes an analyst's merge.
            Set<String> joinedByAnalyst = new HashSet<>();
            for (NarrativeOverride o : overrides) {
                if (o instanceof NarrativeOverride.Merge m) {
                    joinedByAnalyst.add(m.into());
                }
            }
            for (Ledger.Work w : List.copyOf(ledger.live.values())) {
                if (w.pinned || w.members.isEmpty() || joinedByAnalyst.contains(w.id)) {
                    continue;
                }
                List<List<ClaimPoint>> parts = stories.get().parts(w.members.stream().map(k -> sorted.get(pos.get(k))).toList());
                if (parts.size() > 1) {
                    ledger.splitStories(w, parts);
                }
            }
        }
        NarrativeDescriber describer = new NarrativeDescriber(sorted);
        SubNarratives subs = new SubNarratives(subClusterer, ledger);
        List<Narrative> out = new ArrayList<>();
        for (Ledger.Work w : ledger.live.values()) {
            if (w.members.isEmpty()) {
                continue;
            }
            List<ClaimPoint> members = w.members.stream().map(k -> sorted.get(pos.get(k))).toList();
            if (w.label.isEmpty()) {
                w.label = NarrativeDescriber.label(members);
            }
            List<Ledger.Work> children = members.size() >= SUB_MIN_MEMBERS ? subs.of(w, members) : List.of();
            w.centroid = NarrativeDescriber.centroid(members);
            out.add(describer.describe(w.id, Optional.empty(), w.label, members, children.stream().map(c -> c.id).toList(), w.pinned));
            for (Ledger.Work c : children) {
                List<ClaimPoint> cm = c.members.stream().map(k -> sorted.get(pos.get(k))).toList();
                c.centroid = NarrativeDescriber.centroid(cm);
                out.add(describer.describe(c.id, Optional.of(w.id), c.label, cm, List.of(), w.pinned));
            }
        }
        subs.endOrphans();
        return new NarrativeUpdate(ledger.state(applied), out, ledger.events);
    }

    private static boolean canJoin(List<Ledger.Work> live, int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                Ledger.Work wx = live.get(x);
                Ledger.Work wy = live.get(y);
                if (wx.pinned || wy.pinned || wx.keptApart.contains(wy.id) || wy.keptApart.contains(wx.id)
                        || (wx != wy && (wx.keptApart.contains(Ledger.FROM_ALL) || wy.keptApart.contains(Ledger.FROM_ALL)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static LocalDate firstDay(List<ClaimPoint> g) {
        return g.stream().flatMap(p -> p.published().stream()).min(Comparator.naturalOrder()).orElse(LocalDate.MAX);
    }
}
