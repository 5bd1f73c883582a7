package org.echotrace.link.taxonomy;

import java.io.IOException;
import java.nio.file.Path;

/** A taxonomy file that cannot be read as one, with the file and 1-based line of the problem. */
public final class TaxonomyFormatException extends IOException {
    public TaxonomyFormatException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
