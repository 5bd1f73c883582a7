package org.echotrace.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format marker of a store folder: a small file {@code FORMAT} written when the store is
 * created and checked on every open, so that an old or foreign folder is named clearly instead of
 * failing somewhere inside DuckDB.
 */
final class StoreFormat {
    static final String NAME = "echotrace-store";
    // 2: findings tables (claims, entities, places, events, techniques). A version-1 store is refused
    // with a message: its articles were never read for findings, so it is re-analyzed into a new store.
    static final int VERSION = 2;
    static final String FILE = "FORMAT";
    private static final Pattern LINE = Pattern.compile("^(\\S+) (\\d+)\\s*$");

    private StoreFormat() {
    }

    /** Creates the marker in a new or empty folder, or checks the existing one. */
    static void createOrCheck(Path dir) {
        Path marker = dir.resolve(FILE);
        try {
            if (Files.exists(marker)) {
                check(dir, Files.readString(marker, StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new StoreException(dir + " is not an Echotrace store: it is a non-empty folder "
                                + "without a " + FILE + " file. Choose a new or empty folder with --store.");
                    }
                }
            } else if (Files.exists(dir)) {
                throw new StoreException(dir + " is a file, not a store folder. Choose a folder with --store.");
            }
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE + ".tmp");
            Files.writeString(tmp, NAME + " " + VERSION + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Checks an existing store; it must already have a marker. */
    static void expectExisting(Path dir) {
        Path marker = dir.resolve(FILE);
        if (!Files.exists(marker)) {
            throw new StoreException("no Echotrace store at " + dir + " (no " + FILE + " file); run "
                    + "'echotrace analyze PATH... --store " + dir + "' first");
        }
        try {
            check(dir, Files.readString(marker, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot read " + marker + ": " + e.getMessage(), e);
        }
    }

    private static void check(Path dir, String content) {
        Matcher m = LINE.matcher(content.strip());
        if (!m.matches() || !m.group(1).equals(NAME)) {
            String found = content.strip();
            throw new StoreException(dir + " is not an Echotrace store: its " + FILE + " file says '"
                    + (found.length() > 200 ? found.substring(0, 200) + "..." : found) + "', expected '" + NAME + " " + VERSION + "'");
        }
        int v = Integer.parseInt(m.group(2));
        if (v != VERSION) {
            throw new StoreException("the store at " + dir + " has format version " + v + "; this Echotrace reads version "
                    + VERSION + (v > VERSION ? ". Use a newer Echotrace." : ". Re-analyze the inputs into a new store."));
        }
    }
}
