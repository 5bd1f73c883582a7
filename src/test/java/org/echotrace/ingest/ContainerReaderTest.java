package org.echotrace.ingest;

import org.echotrace.model.InputFormat;
import org.echotrace.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContainerReaderTest {
    private static final String GOOD_1 = "{\"url\":\"https://example.org/a\",\"text\":\"Barges reached Tulcea.\","
            + "\"title\":\"Barges\",\"date\":\"2021-05-12\",\"lang\":\"en\",\"tags\":[\"ports\",\"grain\"]}";
    private static final String BAD = "{\"url\":\"https://example.org/b\",\"text\":\"unterminated";
    private static final String GOOD_3 = "{\"html\":\"<html><head><link rel=canonical href='https://example.org/c'>"
            + "</head><body><p>Ferry</p></body></html>\",\"outlet\":\"Meridian\"}";
    private final InputReader reader = new InputReader();

    @TempDir
    Path dir;

    @Test
    void keepsTheGoodLinesAroundAMalformedOneAndNamesItsLine() throws IOException {
        List<InputReader.Item> items = read("feed.jsonl", (GOOD_1 + "\n" + BAD + "\n" + GOOD_3 + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(3, items.size());
        RawArticle first = article(items.get(0));
        assertEquals("feed.jsonl#1", first.source());
        assertEquals(InputFormat.TEXT, first.origin().format());
        // The title field is read as the text's first line, the headline a page would print; the id is the text field's.
        assertEquals("Barges\n\nBarges reached Tulcea.", first.text());
        assertEquals(ContentHash.of("Barges reached Tulcea."), first.id());
        assertEquals(Optional.of("https://example.org/a"), first.origin().url());
        assertEquals("Barges", first.origin().fields().get("title"));
        assertEquals("2021-05-12", first.origin().fields().get("date"));
        assertEquals("en", first.origin().fields().get("lang"));
        assertEquals("[\"ports\",\"grain\"]", first.origin().fields().get("tags"));
        InputReader.Failure bad = assertInstanceOf(InputReader.Failure.class, items.get(1));
        assertEquals("feed.jsonl#2", bad.problem().source());
        assertTrue(bad.problem().message().startsWith("line 2 is not valid JSON"), bad.problem().message());
        RawArticle third = article(items.get(2));
        assertEquals(InputFormat.HTML, third.origin().format());
        assertEquals(Optional.of("https://example.org/c"), third.origin().url());
        assertEquals("Meridian", third.origin().fields().get("outlet"));
    }

    @Test
    void aTitleFieldIsTheTextsFirstLineOnlyWhenItReadsAsAHeadline() throws IOException {
        String body = "Barges reached Tulcea on Monday.";
        String lines = String.join("\n",
                "{\"headline\":\"Grain barges reach Tulcea\",\"text\":\"" + body + "\"}",
                "{\"title\":\"Grain barges\\nreach\\r\\nTulcea \",\"text\":\"" + body + " Again.\"}",
                "{\"title\":\"" + "x".repeat(JsonLinesReader.MAX_TITLE + 1) + "\",\"text\":\"" + body + " Once more.\"}",
                "{\"title\":42,\"text\":\"" + body + " Still.\"}",
                "{\"title\":\"   \",\"text\":\"" + body + " Last.\"}") + "\n";
        List<InputReader.Item> items = read("feed.jsonl", lines.getBytes(StandardCharsets.UTF_8));
        assertEquals("Grain barges reach Tulcea\n\n" + body, article(items.get(0)).text());
        assertEquals("Grain barges reach Tulcea\n\n" + body + " Again.", article(items.get(1)).text(), "one line, spaces collapsed");
        assertEquals(body + " Once more.", article(items.get(2)).text(), "too long for a headline");
        assertEquals(body + " Still.", article(items.get(3)).text(), "not a string");
        assertEquals(body + " Last.", article(items.get(4)).text(), "blank");
    }

    @Test
    void reportsALineWithoutTextAndReadsJsonFilesThatHoldOneObjectPerLine() throws IOException {
        List<InputReader.Item> items = read("dump.json", ("\n" + GOOD_1 + "\n{\"title\":\"only a title\"}\n[1,2]\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(3, items.size());
        article(items.get(0));
        String noText = assertInstanceOf(InputReader.Failure.class, items.get(1)).problem().message();
        assertEquals("line 3 has no text or html field (fields: title)", noText);
        assertTrue(assertInstanceOf(InputReader.Failure.class, items.get(2)).problem().message().contains("expected a JSON object"));
    }

    @Test
    void namesATextFieldThatIsNoString() throws IOException {
        List<InputReader.Item> items = read("feed.jsonl", ("{\"text\":42}\n{\"html\":{\"body\":\"x\"}}\n" + GOOD_1 + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(3, items.size());
        assertEquals("line 1: field text holds a number, not text",
                assertInstanceOf(InputReader.Failure.class, items.get(0)).problem().message());
        assertEquals("line 2: field html holds an object, not text",
                assertInstanceOf(InputReader.Failure.class, items.get(1)).problem().message());
        article(items.get(2));
    }

    @Test
    void readsGzippedJsonLines() throws IOException {
        List<InputReader.Item> items = read("feed.jsonl.gz", InputReaderTest.gzip((GOOD_1 + "\n" + GOOD_3)
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, items.size());
        assertEquals("feed.jsonl.gz#2", article(items.get(1)).source());
    }

    @Test
    void readsATenMegabyteLineAndReportsOneOverTheLimit() throws IOException {
        String big = "word ".repeat(2_000_000);
        String line = "{\"text\":\"" + big + "\"}";
        List<InputReader.Item> items = read("big.jsonl", (line + "\n" + GOOD_1 + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, items.size());
        assertEquals(big, article(items.get(0)).text());

        List<InputReader.Item> small = new InputReader(1 << 20).read(InputReaderTest.input(dir.resolve("big.jsonl")));
        assertEquals(2, small.size());
        String msg = assertInstanceOf(InputReader.Failure.class, small.get(0)).problem().message();
        assertTrue(msg.startsWith("line 1 is 10000011 bytes, over the limit of 1048576 bytes"), msg);
        article(small.get(1));
    }

    @Test
    void readsHtmlResponsesOfAWarcGzSkipsImagesAndReportsATruncatedLastRecord() throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        byte[] cyrillic = ("<html><head><title>Паром</title></head><body><p>Паром пришёл.</p></body></html>")
                .getBytes(Charset.forName("windows-1251"));
        try (WarcWriter w = new WarcWriter(Channels.newChannel(warc), WarcCompression.GZIP)) {
            w.write(response("https://example.org/one", "text/html; charset=utf-8",
                    "<html><body><p>First page</p></body></html>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2}));
            w.write(response("https://example.org/two", "text/html; charset=windows-1251", cyrillic));
        }
        int complete = warc.size();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(warc), WarcCompression.GZIP)) {
            w.write(response("https://example.org/three", "text/html", "<html><body>x</body></html>".repeat(50)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        byte[] b = Arrays.copyOf(warc.toByteArray(), complete + (warc.size() - complete) / 2);
        List<InputReader.Item> items = read("crawl.warc.gz", b);
        assertEquals(3, items.size(), items.toString());
        RawArticle one = article(items.get(0));
        assertEquals(InputFormat.HTML, one.origin().format());
        assertEquals(Optional.of("https://example.org/one"), one.origin().url());
        assertEquals(Optional.of("2024-06-01T08:30:00Z"), one.origin().captured());
        assertTrue(one.source().startsWith("crawl.warc.gz#"));
        RawArticle two = article(items.get(1));
        assertTrue(two.text().contains("Паром пришёл."), two.text());
        assertEquals("windows-1251", two.charset());
        InputReader.Failure cut = assertInstanceOf(InputReader.Failure.class, items.get(2));
        assertTrue(cut.problem().message().contains("malformed or truncated")
                || cut.problem().message().contains("gzip"), cut.problem().message());
    }

    @Test
    void readsAnUncompressedWarcAndNamesRecordsByOffset() throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(warc), WarcCompression.NONE)) {
            w.write(response("https://example.org/one", "text/html", "<p>One</p>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://example.org/two", "text/html", "<p>Two</p>".getBytes(StandardCharsets.UTF_8)));
        }
        List<InputReader.Item> items = read("crawl.warc", warc.toByteArray());
        assertEquals(2, items.size());
        assertEquals("crawl.warc#0", article(items.get(0)).source());
        assertTrue(!article(items.get(1)).source().equals("crawl.warc#0"));
    }

    @Test
    void readsAFolderOfMixedFilesEachByItsOwnFormat() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("a.txt"), "Barges reached Tulcea on Monday.\n");
        Files.writeString(folder.resolve("b.html"), "<html><body><p>Ferry</p></body></html>");
        Files.writeString(folder.resolve("c.ndjson"), GOOD_1 + "\n" + GOOD_3 + "\n");
        Files.write(folder.resolve("d.txt.gz"), InputReaderTest.gzip("Grain.\n".getBytes(StandardCharsets.UTF_8)));
        List<InputFile> files = new InputCollector().collect(List.of(folder)).files();
        List<InputFormat> formats = files.stream().flatMap(f -> reader.read(f).stream())
                .map(i -> article(i).origin().format()).toList();
        assertEquals(List.of(InputFormat.TEXT, InputFormat.HTML, InputFormat.TEXT, InputFormat.HTML, InputFormat.TEXT),
                formats);
    }

    private static WarcResponse response(String url, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).date(Instant.parse("2024-06-01T08:30:00Z")).body(http).build();
    }

    private List<InputReader.Item> read(String name, byte[] b) throws IOException {
        return reader.read(InputReaderTest.input(Files.write(dir.resolve(name), b)));
    }

    private static RawArticle article(InputReader.Item item) {
        return assertInstanceOf(InputReader.Article.class, item, item.toString()).article();
    }
}
