package org.echotrace.ingest;

import java.nio.file.Path;

/**
 * One input to read.
 *
 * @param path   where it is on disk
 * @param source how it is named in summaries, exports and problems (the path as the user gave it)
 */
public record InputFile(Path path, String source) {
}
