package org.echotrace.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * Ends a gzip stream quietly where its data breaks off or goes bad, and remembers why. A crawl cut
 * short by a full disk still holds every record before the cut; the container reader reads those
 * and reports the rest, instead of the whole file failing on the first read past the cut.
 */
final class TruncationGuard extends FilterInputStream {
    private String broken;

    TruncationGuard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        if (broken != null) {
            return -1;
        }
        try {
            return super.read();
        } catch (EOFException | ZipException e) {
            return fail(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (broken != null) {
            return -1;
        }
        try {
            return super.read(b, off, len);
        } catch (EOFException | ZipException e) {
            return fail(e);
        }
    }

    /** Why the data ended early, when it did. */
    Optional<String> broken() {
        return Optional.ofNullable(broken);
    }

    private int fail(IOException e) {
        broken = "broken gzip data: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return -1;
    }
}
