package org.echotrace.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.echotrace.embed.SentenceEmbedder;
import org.echotrace.store.ReadOnlyStore;
import org.echotrace.store.StoredClaimVectors;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analyst's workbench: static pages from {@code /web} on the classpath and the REST API under
 * {@code /api}, over one store opened read-only. Binds to 127.0.0.1 unless told otherwise; on any
 * other address it refuses to start without an access token.
 *
 * <p>Design decision: security headers are set on every response in one before-handler: a strict
 * Content-Security-Policy (scripts, styles and data only from this server, no inline script, no
 * framing), nosniff and no referrer. Pages render scraped text only through textContent, so the
 * policy is a second wall, not the first.
 */
public final class WorkbenchServer implements AutoCloseable {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /**
     * How to serve: store folder, address, optional token, whether to build the semantic index at
     * start, and how many megabytes of answers to keep (0: none; the benchmark measures both).
     */
    public record Options(Path store, String host, int port, Optional<String> token, boolean semanticAtStart, int cacheMegabytes) {
        public Options(Path store, String host, int port, Optional<String> token, boolean semanticAtStart) {
            this(store, host, port, token, semanticAtStart, DEFAULT_CACHE_MB);
        }
    }

    public static final int DEFAULT_CACHE_MB = 64;

    private final StoreConnection db;
    private final TextIndex text;
    private final ClaimTextIndex claimText;
    private final Javalin app;

    private WorkbenchServer(StoreConnection db, TextIndex text, ClaimTextIndex claimText, Javalin app) {
        this.db = db;
        this.text = text;
        this.claimText = claimText;
        this.app = app;
    }

    /** Opens the store and starts listening; fails with a clear message when it cannot. */
    public static WorkbenchServer start(Options o) {
        AccessGuard guard = new AccessGuard(o.token());
        if (!isLoopback(o.host()) && !guard.required()) {
            throw new ServeException("refusing to listen on " + o.host() + " without an access token: pass --token"
                    + " or set ECHOTRACE_TOKEN (only 127.0.0.1 / localhost may go without one)");
        }
        StoreConnection db = StoreConnection.open(o.store(), Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        TextIndex text = null;
        ClaimTextIndex claimText = null;
        try {
            text = TextIndex.open(o.store());
            ServedIndex index = ServedIndexLoader.load(db);
            claimText = ClaimTextIndex.build(db);
            ArticleFindings findings = ArticleFindings.load(db, index.articles());
            WorkbenchQueries queries = new WorkbenchQueries(db, index, ClaimRows.load(db, index.claimArt.length), findings,
                    NearDuplicates.load(db));
            IndexedQueries lists = new IndexedQueries(index, claimText, queries, FindingGroups.entities(db), FindingGroups.places(db));
            SemanticIndex semantic = new SemanticIndex(() -> entries(queries), texts -> db.with(c -> StoredClaimVectors.of(c,
                    ReadOnlyStore.CATALOG, SentenceEmbedder.MODEL, texts)), o.cacheMegabytes() > 0);
            List<ApiRoute> routes = new WorkbenchRoutes(queries, lists, NarrativeList.build(index), NarrativePages.build(index, queries, findings),
                    OutletPages.build(index, findings), text, semantic).routes();
            byte[] openApi = JSON.writeValueAsBytes(OpenApiDocument.of(routes, "0.1.0"));
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.staticFiles.add(s -> {
                    s.hostedPath = "/";
                    s.directory = "/web";
                    s.location = Location.CLASSPATH;
                    s.headers = securityHeaders();
                });
                config.routes.before(ctx -> admit(ctx, guard));
                ResponseCache cache = new ResponseCache((long) o.cacheMegabytes() << 20);
                for (ApiRoute r : routes) {
                    // The stats report the semantic index's progress, which moves: never cached.
                    boolean cacheable = o.cacheMegabytes() > 0 && !r.path().equals("/api/stats");
                    config.routes.get(r.path(), ctx -> {
                        String key = ctx.path() + "?" + Optional.ofNullable(ctx.queryString()).orElse("");
                        Optional<byte[]> hit = cacheable ? cache.find(key) : Optional.empty();
                        byte[] body = hit.isPresent() ? hit.get() : JSON.writeValueAsBytes(r.handler().handle(request(ctx)));
                        if (cacheable && hit.isEmpty()) {
                            cache.put(key, body);
                        }
                        ctx.status(200).contentType("application/json; charset=utf-8").result(body);
                    });
                }
                config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
                config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
                config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                        e.getStatus() == 404 ? "nothing at " + Filter.cut(ctx.path()) : e.getMessage()));
                config.routes.exception(ServeException.class, (e, ctx) -> error(ctx, 500, e.getMessage()));
                config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error (a bug, please report it): " + e));
            });
            app.start(o.host(), o.port());
            if (o.semanticAtStart()) {
                semantic.start();
            }
            return new WorkbenchServer(db, text, claimText, app);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            if (text != null) {
                text.close();
            }
            if (claimText != null) {
                claimText.close();
            }
            db.close();
            if (e instanceof ServeException se) {
                throw se;
            }
            throw new ServeException("cannot start the workbench on " + o.host() + ":" + o.port() + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return app.port();
    }

    private static List<SemanticIndex.Entry> entries(WorkbenchQueries queries) {
        List<Map<String, Object>> rows = queries.claimTexts();
        if (rows.isEmpty()) {
            rows = queries.titleTexts();
        }
        return rows.stream().map(r -> new SemanticIndex.Entry((String) r.get("article_id"),
                ((Number) r.get("idx")).intValue(), String.valueOf(r.get("text")))).toList();
    }

    private static void admit(Context ctx, AccessGuard guard) {
        securityHeaders().forEach(ctx::header);
        switch (guard.check(ctx.header("Authorization"), ctx.cookie(AccessGuard.COOKIE), ctx.queryParam("token"))) {
            case ALLOWED -> { }
            case LOGIN -> {
                ctx.header("Set-Cookie", guard.cookieHeader());
                StringBuilder rest = new StringBuilder();
                ctx.queryParamMap().forEach((k, vs) -> vs.forEach(v -> {
                    if (!k.equals("token")) {
                        rest.append(rest.isEmpty() ? "?" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                    }
                }));
                ctx.redirect(ctx.path() + rest);
            }
            case DENIED -> throw new ApiError(401, "this workbench needs its access token: send 'Authorization: Bearer TOKEN'"
                    + " or open /?token=TOKEN once in the browser");
        }
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        return h;
    }

    private static ApiRoute.Request request(Context ctx) {
        return new ApiRoute.Request() {
            @Override
            public String path(String name) {
                return ctx.pathParam(name);
            }

            @Override
            public Optional<String> query(String name) {
                return Optional.ofNullable(ctx.queryParam(name));
            }
        };
    }

    private static void json(Context ctx, int status, Object value) throws com.fasterxml.jackson.core.JsonProcessingException {
        ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(value));
    }

    /** The one place an error becomes a response. */
    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        try {
            json(ctx, status, Map.of("error", body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.status(500).result("{\"error\":{\"status\":500,\"message\":\"cannot write an error\"}}");
        }
    }

    static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new ServeException("cannot resolve --host " + Filter.cut(host) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        app.stop();
        text.close();
        claimText.close();
        db.close();
    }
}
