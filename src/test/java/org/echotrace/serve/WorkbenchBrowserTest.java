package org.echotrace.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens every page of the workbench in Debian's chromium (driven by playwright-core, see
 * {@code src/test/browser/workbench.mjs}) on a store of the seeds, follows the links from the home
 * page to a narrative and into an article, checks what each page shows and that a hostile article
 * runs nothing. Screenshots go to {@code target/browser/}. Needs chromium and node
 * ({@code scripts/browser-deps.sh} installs them); without them it is skipped, and fails on CI.
 */
class WorkbenchBrowserTest {
    private static final Path SCRIPT = Path.of("src", "test", "browser", "workbench.mjs");
    private static final Path DRIVER = Path.of("src", "main", "web", "node_modules", "playwright-core");

    @Test
    void walksFromTheNarrativesToAnArticleAndRunsNoScriptFromTheData() throws Exception {
        Path store = WorkbenchStore.expect();
        expectTools();
        Path out = Path.of("target", "browser");
        Files.createDirectories(out);
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchServer.Options(store, "127.0.0.1", 0, Optional.empty(), true))) {
            Process p = new ProcessBuilder("node", SCRIPT.toString(), "http://127.0.0.1:" + server.port(), out.toString())
                    .redirectErrorStream(true).redirectOutput(out.resolve("browser.log").toFile()).start();
            if (!p.waitFor(240, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the browser test took over 240 s; see " + out.resolve("browser.log"));
            }
            String log = Files.readString(out.resolve("browser.log"), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), "browser checks failed:\n" + log);
        }
    }

    private static void expectTools() throws IOException, InterruptedException {
        String missing = !onPath("node") ? "node" : !Files.isDirectory(DRIVER) ? DRIVER + " (npm ci in src/main/web)"
                : List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium").stream().noneMatch(c -> Files.isExecutable(Path.of(c)))
                ? "Debian's chromium" : null;
        if (missing != null) {
            String reason = "browser test needs " + missing + "; scripts/browser-deps.sh installs what Debian has";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
