package org.echotrace.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails once more than a limit have come out. Wrapped around
 * a decompressor it is the zip-bomb guard: the bound holds however well the input compresses.
 */
final class BoundedStream extends FilterInputStream {
    /** Raised when the limit is passed; a distinct type so callers can tell it from a broken file. */
    static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("decompresses past the limit of " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    BoundedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    boolean exceeded() {
        return count > limit;
    }

    private void advance(long n) throws LimitExceeded {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(limit);
        }
    }
}
