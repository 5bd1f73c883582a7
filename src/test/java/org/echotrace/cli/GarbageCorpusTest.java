package org.echotrace.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rejected or processed, never crashed, nothing else lost (examples/garbage/README.md). */
class GarbageCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void everyBadInputIsReportedByNameAndEveryGoodOneIsStored() throws Exception {
        Path in = tmp.resolve("in");
        Articles.write(in, 0, 3);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("blank.txt"), " \n\n\t \n");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(in.resolve("noise.txt"), noise);
        Files.write(in.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(Articles.article(99).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("packed.txt.gz"), gz.toByteArray());
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                z.write(zeros);
            }
        }
        Files.write(in.resolve("bomb.txt.gz"), bomb.toByteArray());
        Files.writeString(in.resolve("bad.jsonl"), "{\"text\": \"" + Articles.article(70).replace("\n", "\\n")
                + "\"}\n{broken\n");
        String nested = "<div>".repeat(20_000) + "<p>" + Articles.article(71) + "</p>";
        Files.writeString(in.resolve("hostile.html"), "<html><head><script>alert('x')</script></head><body>"
                + "<p title='" + "a".repeat(2_000_000) + "'>" + Articles.article(72) + "</p>" + nested);
        String page = "<!doctype html><html><body><article><h1>Harbour news</h1><p>" + Articles.article(73) + "</p>";
        Files.writeString(in.resolve("truncated.html"), page.substring(0, page.length() - 40));
        Files.writeString(in.resolve("huge.txt"), Articles.article(50).repeat(3000));
        Files.write(in.resolve("latin1.txt"), Articles.article(60).replace("harbour", "harbour café")
                .getBytes(Charset.forName("ISO-8859-1")));
        Files.write(in.resolve("utf16.txt"), ("\uFEFF" + Articles.article(61)).getBytes(StandardCharsets.UTF_16LE));
        Files.write(in.resolve("utf16-no-bom.txt"), Articles.article(62).getBytes(StandardCharsets.UTF_16BE));
        byte[] whole = (Articles.article(63) + " déjà vu").getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("truncated.txt"), java.util.Arrays.copyOf(whole, whole.length - 2));
        Files.createDirectories(in.resolve("folder-named.txt"));
        Files.createSymbolicLink(in.resolve("dangling.txt"), tmp.resolve("nowhere"));
        Files.writeString(in.resolve("numbers-only.txt"), "1 2,785\n\n0 $\n\n2,500 $\n");

        EchotraceProcess.Result r = EchotraceProcess.run(tmp, "analyze", "in", "missing-folder", "--store", "s",
                "--max-bytes", "4000000");
        String out = r.out();
        assertEquals(0, r.exit(), out + r.err());
        // 3 good + latin1, utf16, utf16 without BOM, truncated UTF-8, gzip of text, a JSONL line, hostile and truncated HTML: 11.
        assertTrue(out.contains("articles stored   11"), out);
        assertRejected(out, "in/empty.txt", "empty file");
        assertRejected(out, "in/blank.txt", "only whitespace");
        assertRejected(out, "in/noise.txt", "binary content");
        assertRejected(out, "in/image.png", "PNG image");
        assertRejected(out, "in/bomb.txt.gz", "decompresses past the limit");
        assertRejected(out, "in/bad.jsonl#2", "line 2 is not valid JSON");
        assertRejected(out, "in/huge.txt", "over the limit of 4000000 bytes");
        assertRejected(out, "in/dangling.txt", "not a regular file");
        assertRejected(out, "missing-folder", "no such file or folder");
        assertRejected(out, "in/numbers-only.txt", "");
        assertTrue(r.err().isEmpty() || !r.err().contains("Exception"), r.err());

        String export = EchotraceProcess.run(tmp, "export", "articles", "--store", "s").out();
        assertTrue(export.contains("harbour café"), "Latin-1 decoded as windows-1252");
        assertTrue(export.contains("not valid UTF-8"), "the guess is recorded as a notice");
        assertTrue(export.contains("\"charset\":\"UTF-16LE\""), export.substring(0, Math.min(400, export.length())));
        for (String line : export.split("\n")) {
            var a = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            assertTrue(!a.get("text").asText().contains("alert(") && !a.get("body").asText().contains("alert("),
                    "script text is never article text: " + a.get("source"));
        }
    }

    private static void assertRejected(String out, String file, String reason) {
        boolean found = out.lines().anyMatch(l -> l.startsWith("  " + file + ": ") && l.contains(reason));
        assertTrue(found, "expected '" + file + "' rejected with '" + reason + "' in:\n" + out);
    }
}
