package org.echotrace.pipeline;

import java.util.Objects;

/**
 * An input that could not be processed, and why.
 *
 * @param source the file (or file and entry) it came from
 * @param stage  the stage that rejected it, e.g. {@code ingest}
 */
public record Problem(String source, String stage, String message) {
    private static final int MAX_MESSAGE = 240;

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
    }

    @Override
    public String toString() {
        return source + ": " + message + " (" + stage + ")";
    }
}
