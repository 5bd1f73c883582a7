package org.echotrace.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

class WorkbenchApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WorkbenchServer server;

    @BeforeAll
    static void start() {
        server = WorkbenchServer.start(new WorkbenchServer.Options(WorkbenchStore.expect(), "127.0.0.1", 0, Optional.empty(), false));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void pagesArticlesWithATotalThatCountsEveryPage() throws Exception {
        JsonNode first = json("/api/articles?limit=4");
        JsonNode second = json("/api/articles?limit=4&offset=4");
        assertEquals(6, first.get("total").asInt());
        assertEquals(4, first.get("items").size());
        assertEquals(2, second.get("items").size());
        Set<String> ids = new HashSet<>();
        first.get("items").forEach(a -> ids.add(a.get("id").asText()));
        second.get("items").forEach(a -> ids.add(a.get("id").asText()));
        assertEquals(6, ids.size());
    }

    @Test
    void narrowsArticlesByFullTextByOutletAndByDate() throws Exception {
        JsonNode hits = json("/api/articles?q=Rukban");
        assertTrue(hits.get("total").asInt() >= 1);
        String outlet = hits.get("items").get(0).get("outlet").asText();
        JsonNode byOutlet = json("/api/articles?outlet=" + java.net.URLEncoder.encode(outlet, "UTF-8"));
        byOutlet.get("items").forEach(a -> assertEquals(outlet, a.get("outlet").asText()));
        JsonNode late = json("/api/articles?from=2030");
        assertEquals(0, late.get("total").asInt());
    }

    @Test
    void givesAnArticleWithEverySegmentPointingIntoItsText() throws Exception {
        String id = json("/api/articles?q=Rukban").get("items").get(0).get("id").asText();
        JsonNode a = json("/api/articles/" + id);
        int length = a.get("text").asText().length();
        assertFalse(a.get("segments").isEmpty());
        for (JsonNode s : a.get("segments")) {
            assertTrue(s.get("start").asInt() >= 0 && s.get("end").asInt() <= length);
            assertTrue(Set.of("body", "metadata", "furniture", "comments").contains(s.get("group").asText()));
        }
        assertFalse(a.get("claims").isEmpty());
        for (JsonNode c : a.get("claims")) {
            assertTrue(0 <= c.get("start").asInt() && c.get("start").asInt() < c.get("end").asInt() && c.get("end").asInt() <= length);
            assertTrue(c.get("chain").isArray());
        }
        JsonNode focus = a.get("focus_place");
        assertEquals("SY", focus.get("country").asText(), "where the article is about, as export gives it: " + focus);
        assertTrue(focus.get("share").asDouble() > 0, focus.toString());
    }

    @Test
    void filtersClaimsByKind() throws Exception {
        JsonNode own = json("/api/claims?kind=own&limit=500");
        assertTrue(own.get("total").asInt() > 0);
        own.get("items").forEach(c -> assertEquals("own", c.get("kind").asText()));
        JsonNode all = json("/api/claims?limit=1");
        assertTrue(all.get("total").asInt() > own.get("total").asInt());
    }

    @Test
    void describesANarrativeWithItsTimelineProvenanceCasesAndFamily() throws Exception {
        JsonNode list = json("/api/narratives");
        assertTrue(list.get("total").asInt() >= 1);
        JsonNode n = json("/api/narratives/n-tanf");
        assertFalse(n.get("timeline").isEmpty());
        assertFalse(n.get("claims").isEmpty());
        assertEquals("case-1", n.get("cases").get(0).get("id").asText());
        assertEquals("n-rukban", n.get("children").get(0).get("id").asText());
        long firsts = 0;
        for (JsonNode node : n.get("provenance").get("nodes")) {
            firsts += node.get("first").asBoolean() ? 1 : 0;
        }
        assertEquals(1, firsts);
        JsonNode articles = json("/api/articles?narrative=n-tanf&limit=500");
        assertEquals(n.get("articles").size(), articles.get("total").asInt());
    }

    @Test
    void pagesANarrativesMemberListsWhoseTotalsCountThemAll() throws Exception {
        JsonNode whole = json("/api/narratives/n-tanf?limit=500");
        for (String list : List.of("claims", "articles", "events", "near_duplicates")) {
            int total = whole.get(list + "_total").asInt();
            assertEquals(total, whole.get(list).size(), list + ": a page of 500 holds every seed member");
            List<String> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < total + 2; offset += 2) {
                JsonNode page = json("/api/narratives/n-tanf/" + list + "?limit=2&offset=" + offset);
                assertEquals(total, page.get("total").asInt(), list);
                assertTrue(page.get("items").size() <= 2, list);
                page.get("items").forEach(m -> paged.add(m.toString()));
            }
            List<String> all = new java.util.ArrayList<>();
            whole.get(list).forEach(m -> all.add(m.toString()));
            assertEquals(all, paged, list + ": the pages, in order, are the whole list");
            JsonNode first = json("/api/narratives/n-tanf?limit=1");
            assertEquals(Math.min(1, total), first.get(list).size(), list);
            assertEquals(total, first.get(list + "_total").asInt(), list);
        }
        java.util.Map<String, JsonNode> listed = new java.util.HashMap<>();
        json("/api/claims?limit=500").get("items").forEach(c -> listed.put(c.get("article_id").asText() + "#" + c.get("idx").asInt(), c));
        for (JsonNode c : whole.get("claims")) {
            assertEquals(listed.get(c.get("article_id").asText() + "#" + c.get("idx").asInt()), c, "a member claim reads as the claim list has it");
        }
        String previous = "";
        for (JsonNode a : whole.get("articles")) {
            String date = a.get("published").isNull() ? "\uffff" : a.get("published").asText();
            assertTrue(previous.compareTo(date) <= 0, "a narrative's articles are listed oldest first");
            previous = date;
        }
        assertEquals(404, get("/api/narratives/nope/claims").statusCode());
        assertEquals(400, get("/api/narratives/n-tanf/claims?limit=501").statusCode());
    }

    @Test
    void countsANarrativesArticlesInADateWindowAsTheArticleListDoes() throws Exception {
        List<String> dates = new java.util.ArrayList<>();
        json("/api/articles?limit=500&narrative=n-tanf").get("items").forEach(a -> {
            if (!a.get("published").isNull()) {
                dates.add(a.get("published").asText());
            }
        });
        dates.sort(null);
        assertFalse(dates.isEmpty(), "the seeds are dated");
        String first = dates.get(0);
        String last = dates.get(dates.size() - 1);
        int listed = 0;
        for (String window : List.of("from=" + first.substring(0, 4), "to=" + first.substring(0, Math.min(7, first.length())),
                "from=" + first + "&to=" + last.substring(0, 4), "from=" + last, "to=" + first)) {
            for (JsonNode n : json("/api/narratives?limit=500&" + window).get("items")) {
                listed++;
                JsonNode articles = json("/api/articles?limit=1&narrative=" + n.get("id").asText() + "&" + window);
                assertEquals(articles.get("total").asInt(), n.get("articles").asInt(), n.get("id") + " " + window);
            }
        }
        assertTrue(listed >= 5, "every window holds a dated member of n-tanf");
    }

    @Test
    void listsEachClaimsNearDuplicatesPointingAtRealClaims() throws Exception {
        int pairs = 0;
        for (JsonNode a : json("/api/articles?limit=500").get("items")) {
            for (JsonNode c : json("/api/articles/" + a.get("id").asText()).get("claims")) {
                for (JsonNode d : c.get("near_duplicates")) {
                    pairs++;
                    assertTrue(Set.of("copy", "rewording", "same_statement").contains(d.get("kind").asText()), d.toString());
                    JsonNode other = json("/api/articles/" + d.get("other_article").asText());
                    boolean found = false;
                    for (JsonNode oc : other.get("claims")) {
                        found |= oc.get("idx").asInt() == d.get("other_idx").asInt();
                    }
                    assertTrue(found, "the other claim exists: " + d);
                }
            }
        }
        // Seed 003 carries the same ministry statement twice, in two translations: the narrative step pairs them.
        assertTrue(pairs >= 2, "each pair is listed under both its claims");
    }

    @Test
    void givesNarrativesAndOutletsATechniqueProfile() throws Exception {
        JsonNode n = json("/api/narratives/n-tanf");
        assertTrue(n.get("techniques").isArray());
        n.get("techniques").forEach(t -> assertTrue(t.get("spans").asInt() > 0, t.toString()));
        assertTrue(n.get("near_duplicates_total").asInt() >= n.get("near_duplicates").size());
        int outletsWithTechniques = 0;
        for (JsonNode o : json("/api/outlets?limit=500").get("items")) {
            JsonNode detail = json("/api/outlets/" + java.net.URLEncoder.encode(o.get("outlet").asText(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            int spans = 0;
            for (JsonNode t : detail.get("techniques")) {
                spans += t.get("spans").asInt();
            }
            int expected = 0;
            for (JsonNode a : json("/api/articles?limit=500&outlet=" + java.net.URLEncoder.encode(o.get("outlet").asText(),
                    java.nio.charset.StandardCharsets.UTF_8)).get("items")) {
                expected += json("/api/articles/" + a.get("id").asText()).get("techniques").size();
            }
            assertEquals(expected, spans, "an outlet's profile counts every span of its articles: " + o.get("outlet"));
            outletsWithTechniques += spans > 0 ? 1 : 0;
        }
        assertTrue(outletsWithTechniques > 0, "the seeds carry techniques");
    }

    @Test
    void searchesClaimTextsByWordAndKeepsTheirListOrder() throws Exception {
        JsonNode hits = json("/api/claims?q=Rukban&limit=500");
        assertTrue(hits.get("total").asInt() >= 1);
        assertEquals(hits.get("total").asInt(), hits.get("items").size());
        hits.get("items").forEach(c -> assertTrue(c.get("text").asText().toLowerCase(java.util.Locale.ROOT).contains("rukban"),
                c.get("text").asText()));
        List<String> order = new java.util.ArrayList<>();
        json("/api/claims?limit=500").get("items").forEach(c -> order.add(c.get("article_id").asText() + "#" + c.get("idx").asInt()));
        int last = -1;
        for (JsonNode c : hits.get("items")) {
            int at = order.indexOf(c.get("article_id").asText() + "#" + c.get("idx").asInt());
            assertTrue(at > last, "search hits keep the claim list order");
            last = at;
        }
        assertEquals(0, json("/api/claims?q=zzqxnothinglikeit").get("total").asInt());
    }

    @Test
    void countsANarrativesArticlesWithinTheFiltersOnly() throws Exception {
        JsonNode all = json("/api/narratives?limit=500");
        JsonNode tanf = null;
        for (JsonNode n : all.get("items")) {
            tanf = n.get("id").asText().equals("n-tanf") ? n : tanf;
        }
        assertTrue(tanf != null, "n-tanf is listed");
        assertEquals(json("/api/narratives/n-tanf").get("articles_total").asInt(), tanf.get("articles").asInt());
        assertEquals(0, json("/api/narratives?from=2030").get("total").asInt());
        String outlet = json("/api/articles?narrative=n-tanf").get("items").get(0).get("outlet").asText();
        JsonNode one = json("/api/narratives?outlet=" + java.net.URLEncoder.encode(outlet, "UTF-8") + "&limit=500");
        for (JsonNode n : one.get("items")) {
            assertEquals(1, n.get("outlets").asInt(), "only the filtered outlet counts");
        }
    }

    @Test
    void readsTheClaimVectorsTheNarrativeStepStoredInsteadOfEmbeddingAgain() throws Exception {
        try (WorkbenchServer semantic = WorkbenchServer.start(new WorkbenchServer.Options(WorkbenchStore.expect(), "127.0.0.1", 0,
                Optional.empty(), true))) {
            String stats = "http://127.0.0.1:" + semantic.port() + "/api/stats";
            JsonNode index = null;
            for (int i = 0; i < 300; i++) {
                index = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(stats)).build(), HttpResponse.BodyHandlers.ofString())
                        .body()).get("semantic_index");
                if (index.get("ready").asBoolean() || index.has("failure")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertTrue(index.get("ready").asBoolean(), index.toString());
            assertTrue(index.get("from_store").asInt() > 0, index.toString());
            assertEquals(0, index.get("embedded").asInt(), index.toString());
        }
    }

    @Test
    void answersEveryErrorInOneShape() throws Exception {
        for (String path : List.of("/api/articles/nope", "/api/narratives/nope", "/api/articles?limit=0",
                "/api/articles?offset=x", "/api/articles?from=last-week", "/api/search", "/api/search?q=x&mode=odd", "/api/nothing")) {
            HttpResponse<String> r = get(path);
            JsonNode e = JSON.readTree(r.body()).get("error");
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " gave " + r.statusCode());
            assertEquals(r.statusCode(), e.get("status").asInt(), path);
            assertFalse(e.get("message").asText().isBlank(), path);
        }
    }

    @Test
    void describesExactlyTheRegisteredRoutesInItsOpenApiDocument() throws Exception {
        JsonNode doc = json("/openapi.json");
        assertEquals("3.1.0", doc.get("openapi").asText());
        Set<String> paths = new HashSet<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        for (String p : paths) {
            String concrete = p.replace("{id}", "n-tanf").replace("{name}", "x");
            int status = get(concrete + (p.equals("/api/search") ? "?q=tanf" : "")).statusCode();
            assertTrue(status == 200 || status == 404, p + " answered " + status);
        }
        assertTrue(paths.containsAll(Set.of("/api/articles", "/api/claims", "/api/entities", "/api/places", "/api/events",
                "/api/narratives", "/api/outlets", "/api/cases", "/api/search")));
    }

    @Test
    void setsAStrictContentSecurityPolicyOnPagesAndData() throws Exception {
        for (String path : List.of("/", "/js/common.js", "/api/stats")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals(WorkbenchServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void demandsItsTokenOnEveryRequestWhenGivenOne() throws Exception {
        String token = "a-long-enough-test-token";
        try (WorkbenchServer guarded = WorkbenchServer.start(new WorkbenchServer.Options(WorkbenchStore.expect(), "127.0.0.1", 0,
                Optional.of(token), false))) {
            String base = "http://127.0.0.1:" + guarded.port();
            HttpResponse<String> denied = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, denied.statusCode());
            assertEquals(401, JSON.readTree(denied.body()).get("error").get("status").asInt());
            assertEquals(401, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/narrative.html?id=n-tanf&token=" + token))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, login.statusCode());
            assertEquals("/narrative.html?id=n-tanf", login.headers().firstValue("Location").orElse(""));
            String cookie = login.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void refusesToListenBeyondLocalhostWithoutAToken(@TempDir Path dir) {
        ServeException e = assertThrows(ServeException.class, () -> WorkbenchServer.start(
                new WorkbenchServer.Options(dir, "0.0.0.0", 0, Optional.empty(), false)));
        assertTrue(e.getMessage().contains("without an access token"), e.getMessage());
    }

    @Test
    void namesTheFolderWhenThereIsNoStore(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        ServeException e = assertThrows(ServeException.class, () -> WorkbenchServer.start(
                new WorkbenchServer.Options(dir.resolve("empty"), "127.0.0.1", 0, Optional.empty(), false)));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
