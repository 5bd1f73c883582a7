package org.echotrace.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.1 description of the API, written from the same route list the server registers.
 * Design decision: hand-built from our registry rather than by an annotation-scanning plugin, so
 * the document has no dependency of its own and cannot list a route that does not exist.
 */
final class OpenApiDocument {
    private OpenApiDocument() {
    }

    static Map<String, Object> of(List<ApiRoute> routes, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "Echotrace workbench API", "version", version,
                "description", "Read-only access to an Echotrace store. Offsets count UTF-16 code units of the"
                        + " article's original text. Every error is {\"error\": {\"status\", \"message\"}}."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (ApiRoute r : routes) {
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("operationId", operationId(r.path()));
            op.put("tags", List.of(r.tag()));
            op.put("summary", r.summary());
            op.put("parameters", r.params().stream().map(OpenApiDocument::param).toList());
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", "OK", "content", Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
            responses.put("default", Map.of("description", "An error", "content",
                    Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error")))));
            op.put("responses", responses);
            paths.put(r.path(), Map.of("get", op));
        }
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "schemas", Map.of("Error", Map.of("type", "object", "required", List.of("error"), "properties", Map.of("error",
                        Map.of("type", "object", "required", List.of("status", "message"), "properties",
                                Map.of("status", Map.of("type", "integer"), "message", Map.of("type", "string")))))),
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer",
                        "description", "Required only when the server listens beyond localhost (echotrace serve --token)."))));
        return doc;
    }

    private static Map<String, Object> param(ApiRoute.Param p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("in", p.in());
        m.put("required", p.required());
        m.put("description", p.description());
        m.put("schema", Map.of("type", p.type()));
        return m;
    }

    /** "/api/narratives/{id}" becomes "narratives_id": unique per route and stable. */
    static String operationId(String path) {
        return path.replaceFirst("^/api/", "").replaceAll("[{}]", "").replace('/', '_');
    }
}
