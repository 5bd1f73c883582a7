package org.echotrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.echotrace.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagChunksTest {
    @Test
    void readsIob1AndIob2Alike() {
        List<Chunk> iob1 = TagChunks.of(List.of("I-PER", "I-PER", "B-PER", "O", "I-ORG"));
        List<Chunk> iob2 = TagChunks.of(List.of("B-PER", "I-PER", "B-PER", "O", "B-ORG"));
        assertEquals(iob1, iob2);
        assertEquals(List.of(new Chunk(0, 2, EntityType.PERSON, 1), new Chunk(2, 3, EntityType.PERSON, 1),
                new Chunk(4, 5, EntityType.ORGANISATION, 1)), iob1);
    }

    @Test
    void mapsRe3dTypesAndDropsThoseWithoutACounterpart() {
        List<Chunk> c = TagChunks.of(List.of("B-Location", "I-Location", "B-Temporal", "B-Nationality", "B-Weapon"));
        assertEquals(List.of(new Chunk(0, 2, EntityType.PLACE, 1), new Chunk(3, 4, EntityType.MISC, 1)), c);
    }

    @Test
    void labelsRoundTripThroughBilou() {
        List<Chunk> chunks = List.of(new Chunk(0, 1, EntityType.PERSON, 1), new Chunk(2, 5, EntityType.PLACE, 1));
        int[] labels = Labels.encode(6, chunks);
        assertEquals("U-PERSON O B-PLACE I-PLACE L-PLACE O",
                String.join(" ", java.util.Arrays.stream(labels).mapToObj(Labels::name).toList()));
        assertEquals(chunks, Labels.decode(labels, new double[]{1, 1, 1, 1, 1, 1}));
    }

    @Test
    void aFileWithoutDocumentMarkersIsCutIntoBlocksOfSentences(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ConllReader.BLOCK + 3; i++) {
            b.append("Homs\tB-Location\nfell\tO\n\n");
        }
        Path f = Files.writeString(dir.resolve("x.conll"), b);
        List<LabelledDocument> docs = ConllReader.read(f);
        assertEquals(2, docs.size());
        assertEquals(3, docs.get(1).sentences().size());
    }

    @Test
    void aLineWithoutATagIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.conll"), "Homs B-LOC\nfell\n");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> ConllReader.read(f));
        assertEquals(true, e.getMessage().contains("bad.conll:2"), e.getMessage());
    }

    @Test
    void theSplitIsFixedBySeedAndDisjoint() {
        List<LabelledDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(new LabelledDocument(List.of(new LabelledSentence(List.of("w" + i), List.of("O")))));
        }
        DocumentSplit a = DocumentSplit.of(docs, 7);
        DocumentSplit b = DocumentSplit.of(docs, 7);
        assertEquals(a, b);
        assertEquals(10, a.heldOut().size());
        assertEquals(30, a.train().size());
        assertEquals(false, a.train().stream().anyMatch(a.heldOut()::contains));
    }
}
