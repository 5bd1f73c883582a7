package org.echotrace.ingest;

import org.echotrace.pipeline.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on a command line into the files to read, in a stable order (by path),
 * so that the same inputs always give the same run. Hidden files and folders are skipped.
 */
public final class InputCollector {

    /** The files found, and the paths that could not be used. */
    public record Inputs(List<InputFile> files, List<Problem> problems) {
    }

    public Inputs collect(List<Path> roots) {
        List<InputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path root : roots) {
            String shown = root.toString();
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
                problems.add(new Problem(shown, "ingest", "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                walk(root, files, problems, seen);
            } else if (!Files.isReadable(root)) {
                problems.add(new Problem(shown, "ingest", "not readable (permission denied)"));
            } else if (Files.isRegularFile(root)) {
                if (seen.add(root.toAbsolutePath().normalize())) {
                    files.add(new InputFile(root, shown));
                }
            } else {
                problems.add(new Problem(shown, "ingest", "not a regular file or folder"));
            }
        }
        return new Inputs(List.copyOf(files), List.copyOf(problems));
    }

    private static void walk(Path root, List<InputFile> files, List<Problem> problems, Set<Path> seen) {
        List<Path> found;
        try (Stream<Path> s = Files.walk(root, EnumSet.noneOf(FileVisitOption.class).toArray(new FileVisitOption[0]))) {
            found = s.filter(p -> !p.equals(root))
                    .filter(p -> !hidden(root.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(root.toString(), "ingest", "folder could not be listed: " + message(e)));
            return;
        }
        for (Path p : found) {
            if (Files.isDirectory(p)) {
                if (!Files.isReadable(p)) {
                    problems.add(new Problem(p.toString(), "ingest", "folder not readable (permission denied)"));
                }
                continue;
            }
            if (!Files.isRegularFile(p)) {
                problems.add(new Problem(p.toString(), "ingest", "not a regular file"));
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                files.add(new InputFile(p, p.toString()));
            }
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
