package org.echotrace.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.Notice;
import org.echotrace.model.Segment;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * One article as one line of JSON, fields in a fixed order. The schema is documented in
 * {@code docs/export-schema.md}; fields are only ever added, never renamed or removed.
 */
public final class ArticleJsonWriter implements AutoCloseable {
    /** Version of the export schema, written in every line as {@code schema}. */
    public static final int SCHEMA_VERSION = 1;

    private final Writer out;
    private final JsonGenerator json;

    public ArticleJsonWriter(Writer out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public void write(CleanArticle a, List<String> sources) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schema", SCHEMA_VERSION);
        json.writeStringField("id", a.id());
        json.writeStringField("source", a.raw().source());
        json.writeArrayFieldStart("sources");
        for (String s : sources) {
            json.writeString(s);
        }
        json.writeEndArray();
        optional("title", a.metadata().title());
        optional("published", a.metadata().published());
        optional("outlet", a.metadata().outlet());
        optional("author", a.metadata().author());
        json.writeStringField("charset", a.raw().charset());
        json.writeStringField("body", a.body());
        json.writeStringField("text", a.raw().text());
        json.writeArrayFieldStart("segments");
        for (Segment s : a.segments()) {
            json.writeStartObject();
            json.writeStringField("kind", s.kind().label());
            json.writeNumberField("start", s.start());
            json.writeNumberField("end", s.end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notices");
        for (Notice n : a.raw().notices()) {
            json.writeStartObject();
            json.writeStringField("stage", n.stage());
            json.writeStringField("message", n.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private void optional(String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.flush();
    }
}
