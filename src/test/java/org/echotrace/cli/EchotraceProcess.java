package org.echotrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real CLI in a child JVM, as a user's shell would, with the build's classpath. */
final class EchotraceProcess {
    record Result(int exit, String out, String err) {
    }

    private EchotraceProcess() {
    }

    static ProcessBuilder builder(Path workDir, String... args) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        String deps = Files.readString(root.resolve("target/runtime-classpath.txt")).strip();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g",
                "-Dechotrace.home=" + root,
                "-cp", root.resolve("target/classes") + java.io.File.pathSeparator + deps,
                "org.echotrace.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workDir.toFile());
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("echotrace-out", ".txt");
        Path err = Files.createTempFile("echotrace-err", ".txt");
        try {
            Process p = builder(workDir, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("echotrace " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
