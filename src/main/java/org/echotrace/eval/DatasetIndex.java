package org.echotrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The gold index of an evaluation folder (url to file and labels), with a clear message when absent. */
final class DatasetIndex {
    private DatasetIndex() {
    }

    static JsonNode read(Path dataDir, String file, String layout) {
        Path gold = dataDir.resolve(file);
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("no " + file + " in " + dataDir + " (expected " + layout + "'s evaluation layout)");
        }
        try {
            return new ObjectMapper().readTree(gold.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
    }
}
