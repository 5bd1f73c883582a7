package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.link.taxonomy.Taxonomy;
import org.echotrace.link.taxonomy.TaxonomyReader;
import org.echotrace.model.TextSpan;
import org.echotrace.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrativeDatasetTest {
    static final Path SEMEVAL = Path.of("..", "shared", "data", "semeval2025-task10-narratives");

    @TempDir
    Path dir;

    @Test
    void readsDocumentsAndTheirLabelsInTheTaskLayout() throws IOException {
        Path en = Files.createDirectories(dir.resolve("train/EN/raw-documents"));
        Files.writeString(en.resolve("EN_1.txt"), "Title here\n\nFirst sentence. Second one.\n");
        Files.writeString(en.resolve("EN_2.txt"), "Nothing\n");
        Files.writeString(dir.resolve("train/EN/subtask-2-annotations.txt"),
                "EN_1.txt\tCC: A;CC: B\tCC: A: x;CC: B: Other\r\nEN_2.txt\tOther\tOther\r\n");
        Files.writeString(dir.resolve("subtask2_narratives.txt"), "CC: A\nCC: B\nOther");
        Files.writeString(dir.resolve("subtask2_subnarratives.txt"), "CC: A: x\nCC: B: Other\nOther");
        NarrativeDataset d = NarrativeDataset.read(dir, "train", "EN");
        assertEquals(2, d.articles().size());
        assertEquals(List.of("CC: A", "CC: B"), d.articles().get(0).narratives());
        assertEquals(List.of("CC: A: x", "CC: B: Other"), d.articles().get(0).subNarratives());
        assertEquals(List.of("Other"), d.articles().get(1).subNarratives());
        assertEquals(List.of("CC: A", "CC: B", "Other"), d.narrativeClasses());
        String text = d.articles().get(0).text();
        List<String> sentences = NarrativeDataset.sentenceSpans(text, new SentenceAnnotator()).stream()
                .map(s -> s.textOf(text)).toList();
        assertEquals(List.of("Title here", "First sentence.", "Second one."), sentences);
    }

    @Test
    void namesTheAnnotationLineWhoseDocumentIsMissing() throws IOException {
        Files.createDirectories(dir.resolve("train/EN/raw-documents"));
        Files.writeString(dir.resolve("train/EN/subtask-2-annotations.txt"), "EN_9.txt\tOther\tOther\n");
        StoreException e = assertThrows(StoreException.class, () -> NarrativeDataset.read(dir, "train", "EN"));
        assertTrue(e.getMessage().contains("subtask-2-annotations.txt:1: no document"), e.getMessage());
    }

    @Test
    void theSharedEnglishTrainSplitHasItsArticlesAndTaxonomy() throws IOException {
        expectData();
        NarrativeDataset d = NarrativeDataset.read(SEMEVAL, "train", "EN");
        assertEquals(399, d.articles().size());
        Taxonomy t = TaxonomyReader.read(SEMEVAL);
        assertEquals(21, t.narratives().size());
        assertEquals(90, t.subNarratives().size());
        long other = d.articles().stream().filter(a -> a.narratives().equals(List.of("Other"))).count();
        assertEquals(169, other);
        // Five gold sub-narratives (three labels) are missing from the class list; the official
        // scorer ignores them, and so do SamplesF1 and the training examples.
        java.util.Set<String> unlisted = new java.util.TreeSet<>();
        for (NarrativeDataset.Article a : d.articles()) {
            for (String l : a.subNarratives()) {
                if (!l.equals("Other") && t.find(l).isEmpty()) {
                    unlisted.add(l);
                }
            }
            a.narratives().forEach(l -> assertTrue(l.equals("Other") || t.find(l).isPresent(), a.id() + ": " + l));
        }
        assertEquals(java.util.Set.of("CC: Climate change is beneficial: Temperature increase is beneficial",
                "CC: Downplaying climate change: Sea levels are not rising",
                "CC: Green policies are geopolitical instruments: Climate-related international relations are abusive/exploitative"),
                unlisted);
        TextSpan first = NarrativeDataset.sentenceSpans(d.articles().get(0).text(), new SentenceAnnotator()).get(0);
        assertEquals(0, first.start(), "the title line is the first sentence");
    }

    static void expectData() {
        if (!Files.isDirectory(SEMEVAL)) {
            String reason = "SemEval-2025 Task 10 data not found at " + SEMEVAL.toAbsolutePath().normalize()
                    + " (the shared folder must sit beside the project)";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
    }
}
