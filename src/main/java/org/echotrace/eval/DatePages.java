package org.echotrace.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gzipped HTML pages of the htmldate and trafilatura evaluation sets (both keep them as
 * {@code html/<file>.gz}) and decodes them: byte-order mark, then the charset the page declares
 * (meta charset or http-equiv), else strict UTF-8 with windows-1252 as the fallback.
 *
 * <p>Design decision: a small decoder of its own, so that the score measures the metadata extractor and
 * does not move when the ingest stage's decoder changes. Metadata evaluation shares it for the same reason.
 */
final class DatePages {
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([a-z0-9_.:-]{2,40})");
    private static final int SNIFF = 4096;
    private static final long MAX_BYTES = 50L << 20;

    private DatePages() {
    }

    static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new IOException(gz + ": more than " + MAX_BYTES + " bytes unpacked");
                }
                out.write(buf, 0, n);
            }
            return decode(out.toByteArray());
        }
    }

    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        Matcher m = DECLARED.matcher(new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            // Browsers read "iso-8859-1" as windows-1252, and so do we.
            if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
                name = "windows-1252";
            }
            if (!name.startsWith("utf") && supported(name)) {
                return new String(b, Charset.forName(name));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("windows-1252"));
        }
    }

    private static boolean supported(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            // A malformed declared name: the page is read as if it declared none.
            return false;
        }
    }
}
