package org.echotrace.cli;

import org.echotrace.pipeline.Problem;
import org.echotrace.pipeline.RunSummary;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The end-of-run summary a user reads: counts, rejections with their reasons, time per stage. */
final class SummaryPrinter {
    private final PrintStream out;

    SummaryPrinter(PrintStream out) {
        this.out = out;
    }

    void print(RunSummary s, Path store) {
        out.printf(Locale.ROOT, "Analyzed into %s in %s%n", store, ms(s.elapsed()));
        out.printf(Locale.ROOT, "  files read        %d%n", s.filesRead());
        out.printf(Locale.ROOT, "  articles stored   %d%n", s.stored());
        out.printf(Locale.ROOT, "  unchanged         %d%n", s.unchanged());
        out.printf(Locale.ROOT, "  rejected          %d%n", s.rejected().size());
        if (s.stored() == 0 && s.unchanged() > 0) {
            out.println("Nothing new: every article read was already in the store.");
        }
        if (!s.rejected().isEmpty()) {
            out.println("Rejected:");
            for (Problem p : s.rejected()) {
                out.println("  " + p.source() + ": " + p.message() + " [" + p.stage() + "]");
            }
        }
        StringBuilder times = new StringBuilder("Time per stage (summed over threads):");
        for (Map.Entry<String, Duration> e : s.stageTimes().entrySet()) {
            times.append(' ').append(e.getKey()).append(' ').append(ms(e.getValue())).append(',');
        }
        times.setLength(times.length() - 1);
        out.println(times);
    }

    static String ms(Duration d) {
        double ms = d.toNanos() / 1e6;
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }
}
