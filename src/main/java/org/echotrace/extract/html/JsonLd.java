package org.echotrace.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The few schema.org values of a page's JSON-LD that metadata needs, each with the script it came
 * from. A value in an article-like node ({@code NewsArticle}, {@code BlogPosting} ...) wins over one in
 * a {@code WebPage} or {@code WebSite} node, which often carries the site's own dates.
 *
 * <p>Design decision: the tree is walked with an explicit queue, never recursively, so that hostile
 * nesting cannot overflow the stack (Jackson itself caps nesting depth when parsing).
 */
final class JsonLd {
    /** A value and the script element whose text held it. */
    record Value(String text, Element script) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SCRIPT_CHARS = 500_000;
    private static final int MAX_NODES = 20_000;
    private static final String[] KEYS = {"datePublished", "dateCreated", "dateModified", "headline", "name",
        "author", "publisher", "inLanguage", "description"};

    private final Map<String, Value> article = new LinkedHashMap<>();
    private final Map<String, Value> other = new LinkedHashMap<>();
    /** Names of nodes by their @id, for values given by reference. */
    private final Map<String, Value> names = new HashMap<>();
    private final List<String> authorRefs = new ArrayList<>();

    JsonLd(List<Element> scripts) {
        for (Element script : scripts) {
            String text = script.data();
            if (text.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try {
                walk(JSON.readTree(text), script);
            } catch (JsonProcessingException | RuntimeException e) {
                // Broken JSON-LD is common (trailing commas, HTML entities); the page still has other evidence.
            }
        }
    }

    /** The value of a key, from an article-like node first. */
    Optional<Value> find(String key) {
        if (key.equals("author") && !article.containsKey(key)) {
            // Yoast's graphs name the author by reference: {"author": {"@id": ".../#/schema/person/..."}}.
            for (String ref : authorRefs) {
                if (names.containsKey(ref)) {
                    return Optional.of(names.get(ref));
                }
            }
        }
        Value v = article.get(key);
        return Optional.ofNullable(v != null ? v : other.get(key));
    }

    private void walk(JsonNode root, Element script) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = queue.poll();
            if (n.isArray()) {
                n.forEach(queue::add);
            } else if (n.isObject()) {
                Map<String, Value> into = isArticle(n) ? article : other;
                for (String key : KEYS) {
                    text(n.get(key)).ifPresent(t -> into.putIfAbsent(key, new Value(t, script)));
                }
                JsonNode id = n.get("@id");
                JsonNode name = n.get("name");
                if (id != null && id.isTextual() && name != null && name.isTextual() && !name.asText().isBlank()) {
                    names.putIfAbsent(id.asText(), new Value(name.asText().strip(), script));
                }
                JsonNode author = n.get("author");
                if (isArticle(n) && author != null && !into.containsKey("author")) {
                    JsonNode ref = (author.isArray() && author.size() > 0 ? author.get(0) : author).get("@id");
                    if (ref != null && ref.isTextual()) {
                        authorRefs.add(ref.asText());
                    }
                }
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    queue.add(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null) {
                    queue.add(main);
                }
            }
        }
    }

    private static boolean isArticle(JsonNode n) {
        String type = n.path("@type").toString();
        return type.contains("Article") || type.contains("Posting") || type.contains("Report")
                || type.contains("NewsArticle");
    }

    /** A string, or the name of an object ({"@type": "Person", "name": ...}), or the first of an array. */
    private static Optional<String> text(JsonNode v) {
        if (v == null) {
            return Optional.empty();
        }
        if (v.isArray()) {
            v = v.size() > 0 ? v.get(0) : null;
            if (v == null) {
                return Optional.empty();
            }
        }
        if (v.isObject()) {
            v = v.get("name");
            if (v == null || !v.isTextual()) {
                return Optional.empty();
            }
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
