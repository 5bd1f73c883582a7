package org.echotrace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertEquals(2, EchotraceProcess.run(tmp).exit());
        assertEquals(2, EchotraceProcess.run(tmp, "analyze").exit());
        assertEquals(2, EchotraceProcess.run(tmp, "analyze", "x", "--batch-size", "0").exit());
        assertEquals(2, EchotraceProcess.run(tmp, "export", "nonsense").exit());
        assertEquals(2, EchotraceProcess.run(tmp, "frobnicate").exit());
    }

    @Test
    void aFolderThatIsNotAStoreIsNamedAndLeftAlone() throws Exception {
        Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(tmp.resolve("photos/cat.jpg"), "meow");
        Articles.write(tmp.resolve("in"), 0, 1);
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "analyze", "in", "--store", "photos");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("photos is not an Echotrace store"), r.err());
        assertTrue(Files.exists(tmp.resolve("photos/cat.jpg")));
    }

    @Test
    void aStoreOfAnotherFormatVersionIsRefusedWithItsVersion() throws Exception {
        Articles.write(tmp.resolve("in"), 0, 1);
        assertEquals(0, EchotraceProcess.run(tmp, "analyze", "in", "--store", "s").exit());
        Files.writeString(tmp.resolve("s/FORMAT"), "echotrace-store 7\n");
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "export", "articles", "--store", "s");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("format version 7; this Echotrace reads version 2"), r.err());
    }

    @Test
    void exportWithoutAStoreSaysHowToMakeOne() throws Exception {
        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "export", "articles", "--store", "none");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no Echotrace store at none"), r.err());
    }
}
