package org.echotrace.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Parts of answers that never change while a store is served (a narrative's timeline, provenance
 * graph and places, an outlet's profile), written as JSON once at start; an answer holding one
 * copies its text instead of walking maps and lists again.
 */
final class RawJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawJson() {
    }

    static RawValue of(Object value) {
        try {
            return new RawValue(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new ServeException("cannot write a summary as JSON: " + e.getMessage(), e);
        }
    }
}
