package org.echotrace.eval;

import org.echotrace.ingest.InputReader;
import org.echotrace.pipeline.Rejected;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gzipped HTML pages of the htmldate and trafilatura evaluation sets (both keep them as
 * {@code html/<file>.gz}) and decodes them with the ingest stage's HTML decoder.
 *
 * <p>Design decision: the evaluations decode as analyze does, so that a score measures what a user
 * gets; a change of the decoder that moves a score is a change a user would see too.
 */
final class DatePages {
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

    /** Decoded as analyze decodes an HTML file, so the score measures the product. */
    static String decode(byte[] b) {
        try {
            return InputReader.decodeHtml("page", b).text();
        } catch (Rejected e) {
            return "";
        }
    }
}
