package org.echotrace.ingest;

import org.echotrace.model.RawArticle;
import org.echotrace.model.RawFile;
import org.echotrace.pipeline.Rejected;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private static final String TEXT = "Grain barges reached Tulcea on Monday, the port’s director said.\n\n“We expect more,” he added.\n";
    private final TextDecoder decoder = new TextDecoder();

    private RawArticle decode(byte[] b) {
        return decoder.apply(new RawFile("f.txt", b));
    }

    @Test
    void decodesUtf8AndKeepsTheTextExactly() {
        RawArticle a = decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, a.text());
        assertEquals("UTF-8", a.charset());
        assertTrue(a.notices().isEmpty());
    }

    @Test
    void dropsAByteOrderMarkButNotTheText() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        assertEquals(TEXT, decode(b).text());
    }

    @Test
    void readsUtf16WithAndWithoutAByteOrderMark() {
        assertEquals(TEXT, decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE)).text());
        RawArticle le = decode(TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(TEXT, le.text());
        assertEquals("UTF-16LE", le.charset());
        assertEquals(1, le.notices().size());
    }

    @Test
    void guessesWindows1252ForLegacyBytesAndSaysWhere() {
        String s = "Le café du port a rouvert lundi, selon la mairie.";
        RawArticle a = decode(s.getBytes(Charset.forName("windows-1252")));
        assertEquals(s, a.text());
        assertEquals("windows-1252", a.charset());
        assertTrue(a.notices().get(0).message().contains("first bad byte at offset 6"), a.notices().toString());
    }

    @Test
    void rejectsEmptyWhitespaceAndBinaryInputWithTheReason() {
        assertEquals("empty file (0 bytes)", assertThrows(Rejected.class, () -> decode(new byte[0])).getMessage());
        assertTrue(assertThrows(Rejected.class, () -> decode(" \r\n\t".getBytes(StandardCharsets.US_ASCII)))
                .getMessage().contains("only whitespace"));
        assertTrue(assertThrows(Rejected.class, () -> decode(new byte[] {'%', 'P', 'D', 'F', '-', '1'}))
                .getMessage().contains("PDF"));
        assertTrue(assertThrows(Rejected.class, () -> decode(new byte[] {'a', 'b', 0, 'c', 'd', 'e', 'f', 'g', 'h', 'i'}))
                .getMessage().contains("zero byte at offset 2"));
    }

    @Test
    void theSameArticleHasTheSameIdWhateverItsLineEndingsOrEncoding() {
        String crlf = TEXT.replace("\n", "\r\n");
        String a = decode(TEXT.getBytes(StandardCharsets.UTF_8)).id();
        assertEquals(a, decode(crlf.getBytes(StandardCharsets.UTF_8)).id());
        assertEquals(a, decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE)).id());
        assertTrue(a.matches("[0-9a-f]{16}"));
        assertTrue(!a.equals(decode((TEXT + "x").getBytes(StandardCharsets.UTF_8)).id()));
    }
}
