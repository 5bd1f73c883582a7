package org.echotrace.store;

import org.echotrace.clean.LineProfile;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Attribution;
import org.echotrace.model.Claim;
import org.echotrace.model.ClaimKind;
import org.echotrace.model.ClaimMark;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.CueType;
import org.echotrace.model.EntityMention;
import org.echotrace.model.EntityType;
import org.echotrace.model.Event;
import org.echotrace.model.GeoPrecision;
import org.echotrace.model.HopRole;
import org.echotrace.model.Place;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.SourceHop;
import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.echotrace.model.Technique;
import org.echotrace.model.TechniqueSpan;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Notice;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.RawArticle;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.pipeline.Problem;
import org.echotrace.pipeline.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link ArticleStore} must do; {@link #open} names the implementation under test. */
class ArticleStoreContractTest {
    @TempDir
    Path tmp;

    ArticleStore open(Path dir) {
        return EmbeddedStore.openOrCreate(dir);
    }

    /** An article with one finding of every kind, so the round trip covers them all. */
    static AnalyzedArticle article(String id, String title, String bodyText) {
        CleanArticle c = clean(id, title, bodyText);
        int b = c.bodySegments().get(0).start();
        TextSpan body = new TextSpan(b, b + bodyText.length());
        TextSpan first = new TextSpan(b, b + bodyText.indexOf(' '));
        Speaker speaker = new Speaker("Ana Petrova", SpeakerKind.PERSON, Optional.of("spokeswoman"), Optional.of("Dam Authority"),
                first, Optional.empty());
        Attribution at = new Attribution(CueType.INDIRECT, Optional.of(first), first, List.of(body), Optional.of(speaker),
                List.of(new SourceHop("Ana Petrova", HopRole.SPEAKER, Optional.of(first)),
                        new SourceHop("Karvo-Inform", HopRole.RELAY, Optional.empty())));
        Place place = new Place("curated:dam", "Dam site", 35.1, 38.2, GeoPrecision.SITE, Optional.of("SY"), Optional.empty());
        PlaceMention pm = new PlaceMention(first, first.textOf(c.raw().text()), place, 0.9);
        return new AnalyzedArticle(c, List.of(),
                List.of(new Claim(0, ClaimKind.ATTRIBUTED, body, bodyText, Optional.of(at), 0.5, Set.of(ClaimMark.HEDGED))),
                List.of(new EntityMention(first, first.textOf(c.raw().text()), EntityType.ORGANISATION, "Engineers", 0.8)),
                List.of(pm),
                List.of(new Event(Optional.empty(), "Battles", "Armed clash", Optional.of("A"), Optional.empty(), Optional.of(pm),
                        Optional.of(3), Optional.of("at least"), Optional.of("Ana Petrova"), at.chain(), body)),
                List.of(new TechniqueSpan(body, Technique.LOADED_LANGUAGE, 0.7)));
    }

    static CleanArticle clean(String id, String title, String bodyText) {
        String text = title + "\n\n0 12\n\n" + bodyText + "\n";
        int b = text.indexOf(bodyText);
        RawArticle raw = new RawArticle(id, id + ".txt", text, "UTF-8", List.of(new Notice("ingest", "a note")));
        return new CleanArticle(raw, List.of(
                new Segment(SegmentKind.TITLE, 0, title.length()),
                new Segment(SegmentKind.SHARE_COUNTER, title.length() + 2, title.length() + 6),
                new Segment(SegmentKind.BODY, b, b + bodyText.length())),
                new ArticleMetadata(Optional.of(title), Optional.of(new PublishedDate("2019-03", "month", "dateline", 0, 4)),
                        Optional.empty(), Optional.of("Ana Petrova"), Optional.of("en"), List.of("Karvo-Inform"),
                        List.of(new ResolvedDate(3, 12, "last week", "2019-W09", "week", "the week before publication"))));
    }

    @Test
    void givesBackExactlyWhatWasStored() {
        AnalyzedArticle a = article("00000000000000a1", "Dam talks resume", "Engineers met on the dam site.");
        try (ArticleStore s = open(tmp.resolve("s"))) {
            long run = s.beginRun("test");
            assertEquals(1, s.add(run, List.of(a), List.of(new ArticleStore.Sighting(a.id(), "x/a.txt"))));
            assertEquals(a.clean(), s.findArticle(a.id()).orElseThrow());
            assertEquals(a, s.findAnalyzed(a.id()).orElseThrow(), "findings too");
        }
        try (ArticleStore s = open(tmp.resolve("s"))) {
            assertEquals(a.clean(), s.findArticle(a.id()).orElseThrow(), "after reopening");
            assertEquals(a, s.findAnalyzed(a.id()).orElseThrow(), "findings after reopening");
            assertEquals(List.of("x/a.txt"), s.sourcesOf(a.id()));
            assertEquals(Set.of(a.id()), s.knownIds());
        }
    }

    @Test
    void neverStoresAnArticleTwice() {
        AnalyzedArticle a = article("00000000000000a1", "Dam talks resume", "Engineers met on the dam site.");
        AnalyzedArticle b = article("00000000000000b2", "Ferry strike ends", "The ferries run again from Friday.");
        try (ArticleStore s = open(tmp.resolve("s"))) {
            long run = s.beginRun("test");
            assertEquals(1, s.add(run, List.of(a, a), List.of()));
            assertEquals(1, s.add(run, List.of(a, b), List.of()));
            List<CleanArticle> all = new ArrayList<>();
            s.forEachArticle(all::add);
            assertEquals(List.of(a.clean(), b.clean()), all, "in arrival order, once each");
            List<AnalyzedArticle> analyzed = new ArrayList<>();
            s.forEachAnalyzed(analyzed::add);
            assertEquals(List.of(a, b), analyzed, "with their findings, in arrival order");
            assertEquals(2, s.articleCount());
        }
    }

    @Test
    void countsLinesPerArticleForTheCorpusProfile() {
        try (ArticleStore s = open(tmp.resolve("s"))) {
            long run = s.beginRun("test");
            s.add(run, List.of(article("00000000000000a1", "A", "Same body line."),
                    article("00000000000000b2", "B", "Same body line.")), List.of());
            long shared = LineProfile.key("Same body line.");
            long title = LineProfile.key("A");
            Map<Long, Integer> counts = s.lineCounts(Set.of(shared, title, LineProfile.key("0 12"), 42L));
            assertEquals(2, counts.get(shared));
            assertEquals(1, counts.get(title));
            assertEquals(2, counts.get(LineProfile.key("0 12")), "share counters share a shape");
            assertTrue(!counts.containsKey(42L));
        }
    }

    @Test
    void searchFindsArticlesByTitleAndBody() {
        try (ArticleStore s = open(tmp.resolve("s"))) {
            long run = s.beginRun("test");
            s.add(run, List.of(article("00000000000000a1", "Dam talks resume", "Engineers met on the dam site."),
                    article("00000000000000b2", "Ferry strike ends", "The ferries run again from Friday.")), List.of());
            assertEquals(List.of("00000000000000b2"), s.search("ferries", 10));
            assertEquals(List.of("00000000000000a1"), s.search("dam AND talks", 10));
            assertEquals(List.of(), s.search("\"unbalanced quote AND", 10), "a bad query is searched as words, never an error");
        }
    }

    @Test
    void recordsRunsAndProblems() {
        try (ArticleStore s = open(tmp.resolve("s"))) {
            long run = s.beginRun("test");
            s.recordProblems(run, List.of(new Problem("bad.bin", "ingest", "binary content")));
            s.finishRun(run, new RunSummary(1, 0, 0, List.of(new Problem("bad.bin", "ingest", "binary content")),
                    Map.of(), Duration.ZERO));
            assertEquals(run + 1, s.beginRun("again"));
        }
    }

    @Test
    void refusesAFolderThatIsNotAStore() throws Exception {
        Files.createDirectories(tmp.resolve("other"));
        Files.writeString(tmp.resolve("other/notes.txt"), "mine");
        StoreException e = assertThrows(StoreException.class, () -> open(tmp.resolve("other")));
        assertTrue(e.getMessage().contains("not an Echotrace store"), e.getMessage());
    }

    @Test
    void theSearchIndexCatchesUpWhenItFellBehindTheTables() throws Exception {
        AnalyzedArticle a = article("00000000000000a1", "Dam talks resume", "Engineers met on the dam site.");
        try (ArticleStore s = open(tmp.resolve("s"))) {
            s.add(s.beginRun("t"), List.of(a), List.of());
        }
        // As if the process died after the DuckDB commit but before Lucene's.
        try (var files = Files.walk(tmp.resolve("s/lucene"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (ArticleStore s = open(tmp.resolve("s"))) {
            assertEquals(List.of(a.id()), s.search("engineers", 10));
        }
    }
}
