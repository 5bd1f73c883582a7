package org.echotrace.cli;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds data in {@code ../shared}. In CI ({@code CI=true}) a missing folder fails the test;
 * elsewhere the test is skipped with the reason.
 */
final class SharedData {
    private SharedData() {
    }

    static Path seeds() {
        return expect(Path.of("..", "shared", "seeds").toAbsolutePath().normalize());
    }

    static Path expect(Path p) {
        if (Files.isDirectory(p)) {
            return p;
        }
        String why = "shared data missing: " + p + " (clone the project beside ../shared)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(why);
        }
        Assumptions.abort(why);
        return p;
    }
}
