package org.echotrace.cli;

import java.io.PrintStream;
import java.util.Locale;

/** Shows how far a run is: a bar on a terminal, a line per batch when asked, or nothing. */
interface Progress {
    void start(int totalFiles);

    void advance(int files, int stored, int unchanged, int rejected);

    void finish();

    enum Mode { AUTO, BAR, LINES, NONE }

    static Progress of(Mode mode, PrintStream err) {
        Mode m = mode == Mode.AUTO ? (onTerminal() ? Mode.BAR : Mode.NONE) : mode;
        return switch (m) {
            case BAR -> new Bar(err, false);
            case LINES -> new Bar(err, true);
            default -> new Progress() {
                public void start(int totalFiles) { }

                public void advance(int files, int stored, int unchanged, int rejected) { }

                public void finish() { }
            };
        };
    }

    /**
     * Whether we talk to a person. From JDK 22 on, {@code System.console()} is non-null even when
     * output is redirected and {@code Console.isTerminal()} tells; JDK 21 lacks that method, where a
     * non-null console already means a terminal.
     */
    private static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** A one-line bar redrawn with a carriage return, or one line per update. */
    final class Bar implements Progress {
        private static final int WIDTH = 30;
        private final PrintStream err;
        private final boolean lines;
        private int total;
        private int done;
        private long t0;

        Bar(PrintStream err, boolean lines) {
            this.err = err;
            this.lines = lines;
        }

        @Override
        public void start(int totalFiles) {
            total = totalFiles;
            t0 = System.nanoTime();
        }

        @Override
        public void advance(int files, int stored, int unchanged, int rejected) {
            done += files;
            double secs = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            String line = String.format(Locale.ROOT, "[%s%s] %d/%d files  %d stored  %d unchanged  %d rejected  %.0f files/s",
                    "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, stored, unchanged, rejected, done / secs);
            if (lines) {
                err.println("progress " + line);
            } else {
                err.print("\r" + line);
            }
            err.flush();
        }

        @Override
        public void finish() {
            if (!lines && total > 0) {
                err.println();
            }
        }
    }
}
