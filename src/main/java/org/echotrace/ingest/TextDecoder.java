package org.echotrace.ingest;

import org.echotrace.model.Notice;
import org.echotrace.model.RawArticle;
import org.echotrace.model.RawFile;
import org.echotrace.pipeline.Rejected;
import org.echotrace.pipeline.Stage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a plain-text article: byte-order marks first, then strict UTF-8, then windows-1252 as the
 * guess for legacy Western text (recorded as a notice). Binary content is rejected by its signature
 * or by its share of control bytes.
 */
public final class TextDecoder implements Stage<RawFile, RawArticle> {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;

    @Override
    public RawArticle apply(RawFile in) {
        byte[] b = in.bytes();
        if (b.length == 0) {
            throw new Rejected("empty file (0 bytes)");
        }
        List<Notice> notices = new ArrayList<>();
        Decoded d = decode(b, notices);
        String text = d.text.startsWith("\uFEFF") ? d.text.substring(1) : d.text;
        if (text.isBlank()) {
            throw new Rejected("no text: the file holds only whitespace");
        }
        return new RawArticle(ContentHash.of(text), in.source(), text, d.charset, notices);
    }

    private record Decoded(String text, String charset) {
    }

    private static Decoded decode(byte[] b, List<Notice> notices) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (with byte-order mark)"), "UTF-8");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
        }
        String signature = BinarySignatures.find(b);
        if (signature != null) {
            throw new Rejected("binary content (" + signature + "), not a text article");
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            notices.add(new Notice("ingest", "no byte-order mark; decoded as " + utf16.name() + " from its zero bytes"));
            return new Decoded(strict(b, 0, utf16, utf16.name()), utf16.name());
        }
        rejectControlBytes(b);
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString(), "UTF-8");
        } catch (MalformedInputException e) {
            int at = firstBadUtf8(b);
            notices.add(new Notice("ingest", "not valid UTF-8 (first bad byte at offset " + at
                    + "); decoded as windows-1252"));
            return new Decoded(new String(b, WINDOWS_1252), "windows-1252");
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String strict(byte[] b, int offset, Charset cs, String what) {
        try {
            CharBuffer chars = decoder(cs).decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new Rejected("declared " + what + " by its byte-order mark but is not valid " + cs.name());
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** UTF-16 text of Latin script has a zero in every other byte; binary data does not look like that. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SNIFF) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static void rejectControlBytes(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                throw new Rejected("binary content (a zero byte at offset " + i + "), not a text article");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        if (control > Math.max(4, n / 50)) {
            throw new Rejected("binary content (" + control + " control bytes in the first " + n
                    + "), not a text article");
        }
    }

    private static int firstBadUtf8(byte[] b) {
        CharsetDecoder d = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(Math.min(b.length, 1 << 16));
        while (true) {
            var r = d.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return b.length;
            }
            out.clear();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
