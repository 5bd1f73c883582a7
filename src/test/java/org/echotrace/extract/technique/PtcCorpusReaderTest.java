package org.echotrace.extract.technique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.model.Technique;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtcCorpusReaderTest {
    static final String ONE = "Crooked officials lie again\n\nThe crooked officials told vile lies to the nation.\n"
            + "Nobody believes them anymore.\n";
    static final String TWO = "Budget passes\n\nThe council approved the budget on Tuesday.\n";

    /** A two-article corpus in the task's layout, techniques on "crooked officials" and "vile lies". */
    static Path corpus(Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("train-articles"));
        Files.writeString(articles.resolve("article1.txt"), ONE);
        Files.writeString(articles.resolve("article2.txt"), TWO);
        int crooked = ONE.indexOf("crooked officials");
        int vile = ONE.indexOf("vile lies");
        Files.writeString(dir.resolve("train-task2-TC.labels"),
                "1\tName_Calling,Labeling\t" + crooked + "\t" + (crooked + 17) + "\n"
                        + "1\tLoaded_Language\t" + vile + "\t" + (vile + 9) + "\n"
                        + "1\tRepetition\t" + crooked + "\t" + (crooked + 17) + "\n");
        Files.writeString(dir.resolve("train-task1-SI.labels"),
                "1\t" + crooked + "\t" + (crooked + 17) + "\n1\t" + vile + "\t" + (vile + 9) + "\n");
        return dir;
    }

    @Test
    void readsArticlesLabelsAndSentencesOfEachLine(@TempDir Path dir) throws IOException {
        List<LabelledArticle> read = PtcCorpusReader.read(corpus(dir));
        assertEquals(List.of("1", "2"), read.stream().map(LabelledArticle::id).toList());
        LabelledArticle one = read.get(0);
        assertEquals(3, one.gold().size());
        assertEquals(Technique.NAME_CALLING_LABELING, one.gold().get(0).technique());
        assertEquals("crooked officials", one.gold().get(0).span().textOf(ONE));
        assertEquals(2, one.spans().size());
        assertEquals(3, one.sentences().size());
        assertEquals("Nobody believes them anymore.", one.sentences().get(2).textOf(ONE));
        assertTrue(read.get(1).gold().isEmpty());
    }

    @Test
    void withoutASpanFileTheTechniqueSpansAreTheGold(@TempDir Path dir) throws IOException {
        Files.delete(corpus(dir).resolve("train-task1-SI.labels"));
        LabelledArticle one = PtcCorpusReader.read(dir).get(0);
        assertEquals(3, one.spans().size());
        assertTrue(one.spans().contains(new TextSpan(ONE.indexOf("vile"), ONE.indexOf("vile") + 9)));
    }

    @Test
    void aMalformedLineIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(corpus(dir).resolve("train-task2-TC.labels"), "1\tDoubt\t3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PtcCorpusReader.read(dir));
        assertTrue(e.getMessage().contains("train-task2-TC.labels:1: expected 4 tab-separated fields"), e.getMessage());
    }

    @Test
    void anUnknownTechniqueOrASpanPastTheTextIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(corpus(dir).resolve("train-task2-TC.labels"), "1\tSarcasm\t0\t4\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PtcCorpusReader.read(dir));
        assertTrue(e.getMessage().contains("unknown technique 'Sarcasm'"), e.getMessage());
        Files.writeString(dir.resolve("train-task2-TC.labels"), "2\tDoubt\t0\t4000\n");
        e = assertThrows(IllegalArgumentException.class, () -> PtcCorpusReader.read(dir));
        assertTrue(e.getMessage().contains("is not inside article2"), e.getMessage());
    }

    @Test
    void aFolderOfAnotherLayoutIsRefusedWithWhatIsMissing(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PtcCorpusReader.read(dir));
        assertTrue(e.getMessage().contains("no a folder whose name ends in 'articles'")
                || e.getMessage().contains("articles"), e.getMessage());
    }
}
