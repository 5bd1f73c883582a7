package org.echotrace.cluster;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorySplitTest {
    private static final int DIM = 96;
    private static final StorySplit SPLIT = new StorySplit(StorySplit.Settings.DEFAULT);
    private static final NarrativeTracker TRACKER = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS);

    /**
     * A corpus of one topic: every claim is the topic's direction, its story's direction (weaker)
     * and noise, one claim an article; claims of different stories still score about 0.6, so the
     * first stage joins them all.
     */
    private static List<ClaimPoint> oneTopic(int stories, int articlesPerStory, long seed) {
        Random r = new Random(seed);
        float[] topic = Points.unit(Points.gaussian(r, DIM, 1));
        List<ClaimPoint> out = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            float[] story = Points.unit(Points.gaussian(r, DIM, 1));
            for (int a = 0; a < articlesPerStory; a++) {
                for (int c = 0; c < 1; c++) {
                    float[] noise = Points.gaussian(r, DIM, Math.sqrt(0.3 / DIM));
                    float[] v = new float[DIM];
                    for (int d = 0; d < DIM; d++) {
                        v[d] = topic[d] + 0.6f * story[d] + noise[d];
                    }
                    out.add(Points.point("s" + s + "-a" + (10 + a), c, "claim " + s + " " + a + " " + c, Points.unit(v),
                            Optional.of(LocalDate.of(2018, 1, 1).plusDays(a))));
                }
            }
        }
        return out;
    }

    private static Set<String> storiesOf(List<ClaimPoint> part) {
        TreeSet<String> out = new TreeSet<>();
        part.forEach(p -> out.add(p.articleId().substring(0, p.articleId().indexOf('-'))));
        return out;
    }

    private static List<Narrative> top(NarrativeUpdate u) {
        return u.narratives().stream().filter(n -> n.parent().isEmpty()).toList();
    }

    private static List<String> summary(NarrativeUpdate u) {
        return top(u).stream().map(n -> n.id() + "=" + n.members().stream().map(Narrative.Member::claimKey).toList()).toList();
    }

    @Test
    void withoutTheSplitAOneTopicCorpusIsOneNarrative() {
        NarrativeTracker plain = new NarrativeTracker(NarrativeClusterer.Settings.CLAIMS, NarrativeTracker.CONTEXT, Optional.empty());
        assertEquals(1, top(plain.update(NarrativeState.EMPTY, oneTopic(3, 6, 5), List.of())).size());
    }

    @Test
    void theStoriesOfATopicAreToldApart() {
        List<List<ClaimPoint>> parts = SPLIT.parts(oneTopic(3, 6, 5));
        assertEquals(3, parts.size());
        for (List<ClaimPoint> part : parts) {
            assertEquals(1, storiesOf(part).size(), "each part holds one story: " + storiesOf(part));
            assertEquals(6, part.size());
        }
    }

    @Test
    void oneStoryToldByManyArticlesStaysWhole() {
        assertEquals(1, SPLIT.parts(oneTopic(1, 30, 7)).size());
    }

    @Test
    void aNarrativeOfFewArticlesIsNeverCut() {
        // Two stories of four articles each: eight articles, under twice the five a story needs.
        assertEquals(1, SPLIT.parts(oneTopic(2, 4, 9)).size());
    }

    @Test
    void theTrackerKeepsEachStoryAsANarrativeAndRecordsTheSplit() {
        NarrativeUpdate u = TRACKER.update(NarrativeState.EMPTY, oneTopic(3, 6, 5), List.of());
        assertEquals(3, top(u).size(), summary(u).toString());
        for (Narrative n : top(u)) {
            assertEquals(6, n.articles().size());
            assertEquals(1, n.articles().stream().map(a -> a.substring(0, 2)).distinct().count(), n.articles().toString());
        }
        assertEquals(2, u.events().stream().filter(e -> e.kind() == LineageEvent.Kind.SPLIT).count());
    }

    @Test
    void theStoriesKeepTheirIdsWhenMoreArticlesCome() {
        List<ClaimPoint> all = oneTopic(3, 6, 5);
        List<ClaimPoint> early = all.stream().filter(p -> !p.articleId().endsWith("-a15")).toList();
        NarrativeUpdate first = TRACKER.update(NarrativeState.EMPTY, early, List.of());
        NarrativeUpdate again = TRACKER.update(first.state(), early, List.of());
        assertEquals(summary(first), summary(again));
        assertTrue(again.events().stream().noneMatch(e -> e.kind() == LineageEvent.Kind.CREATED
                || e.kind() == LineageEvent.Kind.SPLIT || e.kind() == LineageEvent.Kind.MERGED), again.events().toString());
        NarrativeUpdate later = TRACKER.update(first.state(), all, List.of());
        assertEquals(3, top(later).size(), summary(later).toString());
        for (Narrative before : top(first)) {
            Narrative after = top(later).stream().filter(n -> n.id().equals(before.id())).findFirst().orElseThrow();
            String story = before.articles().get(0).substring(0, 2);
            assertTrue(after.articles().contains(story + "-a15"), "the late article of each story joins its narrative");
        }
    }

    @Test
    void theSameClaimsInAnotherOrderGiveTheSameStories() {
        List<ClaimPoint> claims = oneTopic(3, 6, 5);
        List<ClaimPoint> shuffled = new ArrayList<>(claims);
        Collections.shuffle(shuffled, new Random(1));
        assertEquals(summary(TRACKER.update(NarrativeState.EMPTY, claims, List.of())),
                summary(TRACKER.update(NarrativeState.EMPTY, shuffled, List.of())));
    }

    @Test
    void twoStoriesAnAnalystMergedStayMerged() {
        List<ClaimPoint> claims = oneTopic(3, 6, 5);
        NarrativeUpdate first = TRACKER.update(NarrativeState.EMPTY, claims, List.of());
        String into = top(first).get(0).id();
        String from = top(first).get(1).id();
        List<NarrativeOverride> merge = List.of(new NarrativeOverride.Merge(1, into, from));
        NarrativeUpdate second = TRACKER.update(first.state(), claims, merge);
        NarrativeUpdate third = TRACKER.update(second.state(), claims, merge);
        for (NarrativeUpdate u : List.of(second, third)) {
            assertEquals(2, top(u).size(), summary(u).toString());
            assertEquals(12, top(u).stream().filter(n -> n.id().equals(into)).findFirst().orElseThrow().articles().size());
        }
    }
}
