package org.echotrace.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines of at most a given length without ever holding more than that
 * limit: the rest of an over-long line is read past, not buffered, so one 2 GB line costs 2 GB of
 * reading but no more memory than a short one.
 */
final class LineSplitter {
    /** One line: its bytes (without the line break), or null when it was longer than the limit. */
    record Line(byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLine;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;

    LineSplitter(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    return any ? finish(out, length) : null;
                }
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int n = stop - pos;
            if (length + n <= maxLine) {
                out.write(buf, pos, n);
            }
            length += n;
            pos = nl < 0 ? end : nl + 1;
            if (nl >= 0) {
                return finish(out, length);
            }
        }
    }

    private Line finish(ByteArrayOutputStream out, long length) {
        if (length > maxLine) {
            return new Line(null, length);
        }
        byte[] b = out.toByteArray();
        int n = b.length;
        if (n > 0 && b[n - 1] == '\r') {
            b = java.util.Arrays.copyOf(b, n - 1);
        }
        return new Line(b, length);
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
