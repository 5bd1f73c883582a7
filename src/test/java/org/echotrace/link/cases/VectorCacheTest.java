package org.echotrace.link.cases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {
    @TempDir
    Path dir;

    @Test
    void embedsEachTextOnceAcrossCachesOfTheSameFolder() {
        HashingEmbedder e = new HashingEmbedder();
        List<float[]> first = VectorCache.inFolder(dir).vectors(List.of("a b", "c d", "a b"), e);
        assertEquals(2, e.texts);
        List<float[]> again = VectorCache.inFolder(dir).vectors(List.of("c d", "e f"), e);
        assertEquals(3, e.texts);
        assertArrayEquals(first.get(1), again.get(0));
        assertEquals(List.of("hashing-64.vectors"), List.of(dir.toFile().list()));
    }

    @Test
    void aRecordTornByACrashIsDroppedAndEmbeddedAgain() throws IOException {
        HashingEmbedder e = new HashingEmbedder();
        VectorCache.inFolder(dir).vectors(List.of("kept"), e);
        Files.write(dir.resolve("hashing-64.vectors"), new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        VectorCache.inFolder(dir).vectors(List.of("kept", "new"), e);
        assertEquals(2, e.texts);
        HashingEmbedder fresh = new HashingEmbedder();
        VectorCache.inFolder(dir).vectors(List.of("kept", "new"), fresh);
        assertEquals(0, fresh.texts);
    }
}
