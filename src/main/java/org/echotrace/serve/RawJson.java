package org.echotrace.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import java.io.IOException;

/**
 * A part of an answer that never changes while a store is served (a narrative's timeline,
 * provenance graph and places, an outlet's profile, a member article's row), written as JSON once
 * at start; an answer holding one copies its bytes instead of walking maps and lists again.
 *
 * <p>Design decision: kept as UTF-8 bytes ({@link SerializedString} encodes once and keeps them),
 * which Jackson's byte generator copies as they are; a plain string would be encoded again on
 * every answer.
 */
final class RawJson implements JsonSerializable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SerializedString json;

    private RawJson(String json) {
        this.json = new SerializedString(json);
        this.json.asUnquotedUTF8();
    }

    static RawJson of(Object value) {
        try {
            return new RawJson(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new ServeException("cannot write a summary as JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeRawValue(json);
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer) throws IOException {
        serialize(gen, serializers);
    }

    @Override
    public String toString() {
        return json.getValue();
    }
}
