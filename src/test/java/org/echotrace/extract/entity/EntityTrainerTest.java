package org.echotrace.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityTrainerTest {
    private static final UdPosTagger POS = new UdPosTagger();

    private static LabelledSentence sentence(String tagged) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            words.add(wt.substring(0, slash));
            tags.add(wt.substring(slash + 1));
        }
        return new LabelledSentence(words, tags);
    }

    private static List<EntityTrainer.Source> corpus() {
        List<LabelledSentence> s = List.of(
                sentence("Igor/B-PER Petrov/I-PER visited/O Homs/B-LOC ./O"),
                sentence("The/O ministry/O in/O Moscow/B-LOC said/O Anna/B-PER Ivanova/I-PER left/O ./O"),
                sentence("Reuters/B-ORG reported/O that/O Petrov/B-PER flew/O to/O Aleppo/B-LOC ./O"),
                sentence("Ivanova/B-PER joined/O Gazprom/B-ORG in/O Moscow/B-LOC ./O"));
        List<LabelledDocument> docs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            docs.add(new LabelledDocument(s));
        }
        return List.of(new EntityTrainer.Source(docs, 1, false));
    }

    private static Path trained(Path dir, String name) throws Exception {
        Path out = dir.resolve(name);
        WordClusters clusters = EntityTrainer.clusters(corpus(), List.of(), new PrintStream(new ByteArrayOutputStream()));
        new EntityTrainer(POS, new PrintStream(new ByteArrayOutputStream()))
                .train(corpus(), clusters, new EntityTrainer.Options(5, 1, 3), out);
        return out;
    }

    @Test
    void theSameSeedWritesTheSameModelBytes(@TempDir Path dir) throws Exception {
        assertArrayEquals(Files.readAllBytes(trained(dir, "a.bin.gz")), Files.readAllBytes(trained(dir, "b.bin.gz")));
    }

    @Test
    void aTrainedModelTagsWhatItWasTaughtAndSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
        EntityTagger tagger = new EntityTagger(EntityModel.read(trained(dir, "m.bin.gz")), NamePatterns.none());
        List<String> words = List.of("Anna", "Ivanova", "visited", "Aleppo", ".");
        List<Chunk> chunks = tagger.tag(List.of(words), List.of(POS.tag(words))).get(0);
        assertEquals(List.of(EntityType.PERSON, EntityType.PLACE), chunks.stream().map(Chunk::type).toList(), chunks.toString());
        assertEquals(0, chunks.get(0).from());
        assertEquals(2, chunks.get(0).to());
    }
}
