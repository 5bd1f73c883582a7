package org.echotrace.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DatePagesTest {
    @Test
    void followsTheDeclaredCharset() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body>14 ноября 2017</body></html>";
        assertEquals(page, DatePages.decode(page.getBytes(Charset.forName("windows-1251"))));
    }

    @Test
    void fallsBackToWindows1252WhenUtf8IsMalformed() {
        String page = "<p>14. März 2017</p>";
        assertEquals(page, DatePages.decode(page.getBytes(Charset.forName("windows-1252"))));
        assertEquals(page, DatePages.decode(page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsAByteOrderMark() {
        byte[] b = "\uFEFF<p>x</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("<p>x</p>", DatePages.decode(b));
    }
}
