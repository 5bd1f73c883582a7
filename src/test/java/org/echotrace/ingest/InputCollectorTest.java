package org.echotrace.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputCollectorTest {
    @TempDir
    Path tmp;

    @Test
    void walksFoldersInPathOrderSkipsHiddenOnesAndNamesWhatItCannotUse() throws Exception {
        Files.createDirectories(tmp.resolve("b/.git"));
        Files.createDirectories(tmp.resolve("a"));
        Files.writeString(tmp.resolve("b/2.txt"), "x");
        Files.writeString(tmp.resolve("b/.git/config"), "x");
        Files.writeString(tmp.resolve("a/1.txt"), "x");
        Files.writeString(tmp.resolve("b/.hidden.txt"), "x");
        InputCollector.Inputs in = new InputCollector().collect(List.of(tmp, tmp.resolve("a/1.txt"), tmp.resolve("zz")));
        assertEquals(List.of(tmp.resolve("a/1.txt"), tmp.resolve("b/2.txt")),
                in.files().stream().map(InputFile::path).toList(), "sorted, deduplicated, hidden skipped");
        assertEquals(1, in.problems().size());
        assertEquals("no such file or folder", in.problems().get(0).message());
    }
}
