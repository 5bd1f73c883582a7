package org.echotrace.ingest;

import org.echotrace.model.InputFormat;
import org.echotrace.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputReaderTest {
    static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"%s\"><title>Паром</title>"
            + "<link rel=\"canonical\" href=\"https://example.org/ferry\"></head>"
            + "<body><p>Паром пришёл в Тулчу в понедельник.</p></body></html>";
    private final InputReader reader = new InputReader();

    @TempDir
    Path dir;

    @Test
    void readsAUtf8PageAsHtmlWithItsCanonicalUrl() throws IOException {
        RawArticle a = single(write("page.html", PAGE.formatted("utf-8").getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.HTML, a.origin().format());
        assertEquals("UTF-8", a.charset());
        assertEquals(Optional.of("https://example.org/ferry"), a.origin().url());
        assertTrue(a.text().contains("Паром пришёл"));
        assertEquals(ContentHash.of(a.text()), a.id());
    }

    @Test
    void decodesWindows1251NamedByMetaCharset() throws IOException {
        String page = PAGE.formatted("windows-1251");
        RawArticle a = single(write("page.htm", page.getBytes(Charset.forName("windows-1251"))));
        assertEquals("windows-1251", a.charset());
        assertEquals(page, a.text());
        assertTrue(a.notices().isEmpty());
    }

    @Test
    void decodesLatin1NamedByHttpEquivAsTheWebDoes() throws IOException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "<meta property=\"og:url\" content=\"https://example.org/stra%C3%9Fe\"></head>"
                + "<body><p>Die Fähre erreichte Straßburg am Montag.</p></body></html>";
        RawArticle a = single(write("seite", page.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(InputFormat.HTML, a.origin().format());
        assertEquals("windows-1252", a.charset());
        assertEquals(page, a.text());
        assertEquals(Optional.of("https://example.org/stra%C3%9Fe"), a.origin().url());
    }

    @Test
    void decodesAUtf16PageByItsByteOrderMark() throws IOException {
        String page = PAGE.formatted("utf-16");
        byte[] body = page.getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(body, 0, b, 2, body.length);
        RawArticle a = single(write("page.html", b));
        assertEquals("UTF-16LE", a.charset());
        assertEquals(page, a.text());
    }

    @Test
    void guessesWindows1252ForAnUndeclaredPageThatIsNotUtf8() throws IOException {
        String page = "<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>";
        RawArticle a = single(write("p.html", page.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(page, a.text());
        assertEquals(1, a.notices().size());
    }

    @Test
    void keepsPlainTextAsTheDecoderReadsIt() throws IOException {
        RawArticle a = single(write("a.txt", "Grain barges reached Tulcea.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.TEXT, a.origin().format());
        assertEquals("Grain barges reached Tulcea.\n", a.text());
    }

    @Test
    void readsGzippedTextAndGivesItTheSameIdAsTheUnpackedFile() throws IOException {
        byte[] text = "Grain barges reached Tulcea on Monday.\n".getBytes(StandardCharsets.UTF_8);
        RawArticle packed = single(write("a.txt.gz", gzip(text)));
        RawArticle plain = single(write("a.txt", text));
        assertEquals(plain.text(), packed.text());
        assertEquals(plain.id(), packed.id());
    }

    @Test
    void readsGzipByItsMagicBytesWhateverTheName() throws IOException {
        byte[] page = PAGE.formatted("utf-8").getBytes(StandardCharsets.UTF_8);
        RawArticle a = single(write("download.bin", gzip(page)));
        assertEquals(InputFormat.HTML, a.origin().format());
    }

    @Test
    void rejectsEmptyAndBinaryFilesWithTheirReason() throws IOException {
        assertTrue(failure(write("e.txt", new byte[0])).contains("empty"));
        assertTrue(failure(write("i.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).contains("PNG"));
        assertTrue(failure(write("twice.txt.gz", gzip(gzip("x".getBytes(StandardCharsets.UTF_8))))).contains("gzip inside gzip"));
    }

    @Test
    void rejectsAnOversizedPlainFile() throws IOException {
        InputReader small = new InputReader(100);
        List<InputReader.Item> items = small.read(input(write("big.txt", "word ".repeat(100).getBytes(StandardCharsets.UTF_8))));
        String msg = ((InputReader.Failure) items.get(0)).problem().message();
        assertTrue(msg.contains("over the limit of 100 bytes"), msg);
    }

    @Test
    void reportsATruncatedGzipFile() throws IOException {
        byte[] gz = gzip("Grain barges reached Tulcea on Monday.\n".repeat(100).getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        String msg = failure(write("cut.txt.gz", cut));
        assertTrue(msg.contains("gzip"), msg);
    }

    @Test
    void stopsAGzipBombAtTheLimitInsteadOfExpandingIt() throws IOException {
        Path bomb = dir.resolve("bomb.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 1_000_000);
        // 200 MiB of zeros: the reader stops at the limit (16 MiB) and says so, so it never holds
        // more than the limit. Time and memory are not asserted here: a shared test JVM's heap and
        // clock say nothing about this reader (speed belongs to the benchmark commands).
        String msg = failure(bomb);
        assertTrue(msg.contains("decompresses past the limit of " + FileReader.DEFAULT_MAX_BYTES + " bytes"), msg);

        Path jsonBomb = dir.resolve("bomb.jsonl.gz");
        Files.copy(bomb, jsonBomb);
        String jsonMsg = failure(new InputReader(1 << 20, 8L << 20).read(input(jsonBomb)));
        assertTrue(jsonMsg.contains("over the limit") || jsonMsg.contains("decompresses past"), jsonMsg);
    }

    private RawArticle single(Path p) {
        List<InputReader.Item> items = reader.read(input(p));
        assertEquals(1, items.size(), items.toString());
        return assertInstanceOf(InputReader.Article.class, items.get(0)).article();
    }

    private String failure(Path p) {
        return failure(reader.read(input(p)));
    }

    private static String failure(List<InputReader.Item> items) {
        assertEquals(1, items.size(), items.toString());
        return assertInstanceOf(InputReader.Failure.class, items.get(0)).problem().message();
    }

    static InputFile input(Path p) {
        return new InputFile(p, p.getFileName().toString());
    }

    private Path write(String name, byte[] b) throws IOException {
        return Files.write(dir.resolve(name), b);
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }
}
