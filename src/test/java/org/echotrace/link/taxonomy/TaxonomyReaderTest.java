package org.echotrace.link.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSemEvalClassListsIntoTwoLevels() throws IOException {
        Files.writeString(dir.resolve("subtask2_narratives.txt"), "CC: Blame\nOther\nCC: Blame more\n");
        Files.writeString(dir.resolve("subtask2_subnarratives.txt"),
                "CC: Blame: Other\r\nCC: Blame more: Elites\r\nCC: Blame: Elites\r\nOther");
        Taxonomy t = TaxonomyReader.read(dir);
        assertEquals(List.of("CC: Blame", "CC: Blame more"), t.narratives().stream().map(TaxonomyEntry::label).toList());
        assertEquals(Optional.of("CC: Blame more"), t.find("CC: Blame more: Elites").orElseThrow().parent());
        assertEquals(Optional.of("CC: Blame"), t.find("CC: Blame: Elites").orElseThrow().parent());
        assertTrue(t.findOtherOf("CC: Blame").isPresent());
        assertTrue(t.findOtherOf("CC: Blame more").isEmpty());
        assertTrue(t.find(Taxonomy.OTHER).isEmpty(), "Other is the absence of a narrative, not an entry");
    }

    @Test
    void namesTheLineOfASubNarrativeWithoutItsNarrative() throws IOException {
        Files.writeString(dir.resolve("subtask2_narratives.txt"), "CC: Blame\n");
        Files.writeString(dir.resolve("subtask2_subnarratives.txt"), "CC: Blame: Elites\nURW: Praise: Army\n");
        TaxonomyFormatException e = assertThrows(TaxonomyFormatException.class, () -> TaxonomyReader.read(dir));
        assertTrue(e.getMessage().endsWith("subtask2_subnarratives.txt:2: sub-narrative 'URW: Praise: Army' does not start "
                + "with a narrative of subtask2_narratives.txt"), e.getMessage());
    }

    @Test
    void readsTheAnalystTsvAddingOtherToEveryNarrative() throws IOException {
        Path f = dir.resolve("mine.tsv");
        Files.writeString(f, """
                # narrative\tsub-narrative\tdescription
                Bio-labs\t\tThe US runs secret biological laboratories in Ukraine
                Bio-labs\tPentagon funds them\tThe Pentagon pays for pathogen research in Ukraine

                Sanctions backfire\tEurope freezes
                """);
        Taxonomy t = TaxonomyReader.read(f);
        assertEquals(List.of("Bio-labs", "Sanctions backfire"), t.narratives().stream().map(TaxonomyEntry::label).toList());
        assertEquals(List.of("Bio-labs: Pentagon funds them", "Bio-labs: Other", "Sanctions backfire: Europe freezes",
                "Sanctions backfire: Other"), t.subNarratives().stream().map(TaxonomyEntry::label).toList());
        assertEquals("The US runs secret biological laboratories in Ukraine", t.narratives().get(0).description());
        assertEquals("Sanctions backfire", t.narratives().get(1).description(), "no description: the label's words");
        assertTrue(t.find("Bio-labs: Other").orElseThrow().isOtherOfNarrative());
    }

    @Test
    void reportsBadTsvLinesWithFileLineAndProblem() throws IOException {
        assertProblem("A\tB\tC\tD\n", ":1: expected narrative<TAB>sub-narrative[<TAB>description], found 4 column(s)");
        assertProblem("# c\nA\tB\nA\tB\n", ":3: label 'A: B' is listed twice");
        assertProblem("A\tB;C\n", ":1: label 'A: B;C' contains ';', the label separator");
        assertProblem("Other\tX\n", ":1: the narrative column is empty or 'Other' (reserved for no narrative)");
        assertProblem("# only a comment\n", ":2: no narratives listed");
    }

    @Test
    void reportsAMissingFile() {
        TaxonomyFormatException e = assertThrows(TaxonomyFormatException.class,
                () -> TaxonomyReader.read(dir.resolve("absent.tsv")));
        assertTrue(e.getMessage().contains("absent.tsv:0: no such taxonomy file"), e.getMessage());
    }

    private void assertProblem(String content, String expectedEnd) throws IOException {
        Path f = dir.resolve("t.tsv");
        Files.writeString(f, content);
        TaxonomyFormatException e = assertThrows(TaxonomyFormatException.class, () -> TaxonomyReader.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()) && e.getMessage().contains(expectedEnd), e.getMessage());
    }
}
