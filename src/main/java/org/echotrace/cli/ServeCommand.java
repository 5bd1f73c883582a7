package org.echotrace.cli;

import org.echotrace.serve.ServeException;
import org.echotrace.serve.WorkbenchServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Opens the analyst's workbench (web pages and REST API) over a store, read-only.",
                "Listens on 127.0.0.1 unless --host says otherwise; any other address needs an access token",
                "(--token or the environment variable ECHOTRACE_TOKEN, at least 16 characters), which clients",
                "send as 'Authorization: Bearer TOKEN' or a browser gives once as /?token=TOKEN."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token (default: $ECHOTRACE_TOKEN; none on localhost).")
    String token;

    @Option(names = "--semantic-index", defaultValue = "start", paramLabel = "WHEN",
            description = "Embed the claim texts for semantic search at start (default) or lazy: on the first semantic query.")
    String semanticIndex;

    @Override
    public Integer call() throws InterruptedException {
        if (!semanticIndex.equals("start") && !semanticIndex.equals("lazy")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--semantic-index is start or lazy, got '" + semanticIndex + "'");
        }
        return serve(store.store, host, port, semanticIndex.equals("start"), Optional.ofNullable(token)
                .or(() -> Optional.ofNullable(System.getenv("ECHOTRACE_TOKEN")).filter(t -> !t.isBlank())));
    }

    /** Serves until the process is stopped (Ctrl-C) and returns the exit code; the demo calls this too. */
    static int serve(java.nio.file.Path store, String host, int port, boolean semanticAtStart, Optional<String> token)
            throws InterruptedException {
        WorkbenchServer server;
        try {
            server = WorkbenchServer.start(new WorkbenchServer.Options(store, host, port, token, semanticAtStart));
        } catch (ServeException e) {
            System.err.println("echotrace: error: " + e.getMessage());
            return Main.EXIT_FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.out.println("Workbench on http://" + shown + ":" + server.port() + "/ over " + store
                + (token.isPresent() ? " (access token required)" : "") + "; Ctrl-C stops it.");
        stopped.await();
        return 0;
    }
}
