package org.echotrace.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import java.io.IOException;

/**
 * A row of an answer written straight to the JSON generator from the arrays it lives in, with the
 * keys and values its map form has: no map is built and no serializer looked up per value. Pages
 * that only list rows (a narrative's members) use these; lists that add keys to rows use maps.
 */
@FunctionalInterface
interface JsonRow extends JsonSerializable {
    void write(JsonGenerator g, SerializerProvider p) throws IOException;

    @Override
    default void serialize(JsonGenerator g, SerializerProvider p) throws IOException {
        write(g, p);
    }

    @Override
    default void serializeWithType(JsonGenerator g, SerializerProvider p, TypeSerializer t) throws IOException {
        write(g, p);
    }
}
