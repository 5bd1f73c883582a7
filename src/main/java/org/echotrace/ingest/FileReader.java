package org.echotrace.ingest;

import org.echotrace.model.RawFile;
import org.echotrace.pipeline.Rejected;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Reads one input's bytes, refusing files over a size limit before reading them whole (a scraped
 * corpus may hold a stray multi-gigabyte dump).
 */
public final class FileReader {
    /** Default limit: far above any article, far below what would strain memory. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private final long maxBytes;

    public FileReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("max bytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public RawFile read(InputFile in) {
        try {
            long size = Files.size(in.path());
            if (size > maxBytes) {
                throw new Rejected("file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
            }
            try (InputStream s = Files.newInputStream(in.path())) {
                // readNBytes bounds the read even if the file grew after the size check.
                byte[] bytes = s.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > maxBytes) {
                    throw new Rejected("file grew past the limit of " + maxBytes + " bytes while being read");
                }
                return new RawFile(in.source(), bytes);
            }
        } catch (AccessDeniedException e) {
            throw new Rejected("not readable (permission denied)");
        } catch (NoSuchFileException e) {
            throw new Rejected("file disappeared before it could be read");
        } catch (IOException e) {
            throw new Rejected("could not be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}
