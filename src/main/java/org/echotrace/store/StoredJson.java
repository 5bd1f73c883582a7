package org.echotrace.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.echotrace.model.InputFormat;
import org.echotrace.model.Notice;
import org.echotrace.model.Origin;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.ResolvedDate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The nested values of an article as JSON text in a column, and back. */
final class StoredJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private StoredJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type, T absent) {
        if (json == null || json.isEmpty()) {
            return absent;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored value is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static final TypeReference<List<Notice>> NOTICES = new TypeReference<>() { };
    static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    static final TypeReference<List<ResolvedDate>> RESOLVED = new TypeReference<>() { };
    static final TypeReference<PublishedDate> PUBLISHED = new TypeReference<>() { };

    static String origin(Origin o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", o.format().name());
        o.url().ifPresent(v -> n.put("url", v));
        o.captured().ifPresent(v -> n.put("captured", v));
        ObjectNode f = n.putObject("fields");
        new java.util.TreeMap<>(o.fields()).forEach(f::put);
        o.markup().ifPresent(v -> n.put("markup", v));
        return write(n);
    }

    static Origin origin(String json) {
        if (json == null || json.isEmpty()) {
            return Origin.PLAIN_TEXT;
        }
        try {
            JsonNode n = JSON.readTree(json);
            Map<String, String> fields = new LinkedHashMap<>();
            n.path("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
            return new Origin(InputFormat.valueOf(n.get("format").asText()), text(n, "url"), text(n, "captured"),
                    fields, text(n, "markup"));
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored origin is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Optional<String> text(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }
}
