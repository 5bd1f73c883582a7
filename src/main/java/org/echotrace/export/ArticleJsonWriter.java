package org.echotrace.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.PublishedDate;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.Notice;
import org.echotrace.model.Segment;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * One article as one line of JSON, fields in a fixed order. The schema is documented in
 * {@code docs/export-schema.md}; fields are only ever added, never renamed or removed.
 */
public final class ArticleJsonWriter implements AutoCloseable {
    /** Version of the export schema, written in every line as {@code schema}. */
    public static final int SCHEMA_VERSION = 2;

    private final Writer out;
    private final JsonGenerator json;

    public ArticleJsonWriter(Writer out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** An article with its findings: the clean article's fields, then claims, entities, places, events, techniques. */
    public void write(AnalyzedArticle analyzed, List<String> sources) throws IOException {
        write(analyzed, sources, Map.of(), Map.of(), Map.of());
    }

    /**
     * An article with its findings; {@code narratives} maps claim keys ({@code articleId#index})
     * to the narratives each claim belongs to, {@code taxonomy} a taxonomy's name to the entries
     * of it the article carries, {@code duplicates} each claim key to its near-duplicate pairs (a
     * pair listed under both its claims), written as the article's {@code near_duplicates}.
     */
    public void write(AnalyzedArticle analyzed, List<String> sources, Map<String, List<String>> narratives,
                      Map<String, List<org.echotrace.model.TaxonomyLabel>> taxonomy,
                      Map<String, List<org.echotrace.cluster.DuplicatePair>> duplicates) throws IOException {
        CleanArticle a = analyzed.clean();
        json.writeStartObject();
        json.writeNumberField("schema", SCHEMA_VERSION);
        json.writeStringField("id", a.id());
        json.writeStringField("source", a.raw().source());
        json.writeArrayFieldStart("sources");
        for (String s : sources) {
            json.writeString(s);
        }
        json.writeEndArray();
        ArticleMetadata m = a.metadata();
        optional("url", a.raw().origin().url());
        json.writeStringField("format", a.raw().origin().format().name().toLowerCase(java.util.Locale.ROOT));
        optional("captured", a.raw().origin().captured());
        optional("title", m.title());
        optional("published", m.published().map(PublishedDate::iso));
        optional("published_precision", m.published().map(PublishedDate::precision));
        if (m.published().isPresent()) {
            PublishedDate d = m.published().get();
            json.writeObjectFieldStart("published_evidence");
            json.writeStringField("how", d.evidence());
            spanOrNull("start", "end", d.start(), d.end());
            spanOrNull("markup_start", "markup_end", d.markupStart(), d.markupEnd());
            json.writeEndObject();
        } else {
            json.writeNullField("published_evidence");
        }
        optional("outlet", m.outlet());
        optional("author", m.author());
        optional("language", m.language());
        json.writeArrayFieldStart("cited_sources");
        for (String s : m.citedSources()) {
            json.writeString(s);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("resolved_dates");
        for (ResolvedDate r : m.resolvedDates()) {
            json.writeStartObject();
            json.writeStringField("expression", r.expression());
            json.writeNumberField("start", r.start());
            json.writeNumberField("end", r.end());
            json.writeStringField("date", r.iso());
            json.writeStringField("precision", r.precision());
            json.writeStringField("rule", r.rule());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("fields");
        for (Map.Entry<String, String> e : new TreeMap<>(a.raw().origin().fields()).entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeStringField("charset", a.raw().charset());
        json.writeStringField("body", a.body());
        json.writeStringField("text", a.raw().text());
        optional("markup", a.raw().origin().markup());
        json.writeArrayFieldStart("segments");
        for (Segment s : a.segments()) {
            json.writeStartObject();
            json.writeStringField("kind", s.kind().label());
            json.writeNumberField("start", s.start());
            json.writeNumberField("end", s.end());
            if (s.hasMarkup()) {
                json.writeNumberField("markup_start", s.markupStart());
                json.writeNumberField("markup_end", s.markupEnd());
            }
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
        new FindingsJson(json, narratives).write(analyzed);
        json.writeArrayFieldStart("taxonomy");
        for (var byName : new java.util.TreeMap<>(taxonomy).entrySet()) {
            for (org.echotrace.model.TaxonomyLabel l : byName.getValue()) {
                taxonomyLabel(byName.getKey(), l);
            }
        }
        json.writeEndArray();
        nearDuplicates(analyzed, duplicates);
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private void taxonomyLabel(String taxonomy, org.echotrace.model.TaxonomyLabel l) throws IOException {
        json.writeStartObject();
        json.writeStringField("taxonomy", taxonomy);
        json.writeStringField("label", l.label());
        optional("parent", l.parent());
        json.writeNumberField("score", l.score());
        json.writeStringField("basis", l.basis().name().toLowerCase(java.util.Locale.ROOT));
        json.writeArrayFieldStart("evidence");
        for (org.echotrace.model.TextSpan e : l.evidence()) {
            json.writeStartObject();
            json.writeNumberField("start", e.start());
            json.writeNumberField("end", e.end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Per claim, in claim order, the other claim of each of its pairs: key, article, kind and sentence-vector cosine. */
    private void nearDuplicates(AnalyzedArticle analyzed, Map<String, List<org.echotrace.cluster.DuplicatePair>> duplicates)
            throws IOException {
        json.writeArrayFieldStart("near_duplicates");
        for (org.echotrace.model.Claim c : analyzed.claims()) {
            String key = analyzed.id() + "#" + c.index();
            for (org.echotrace.cluster.DuplicatePair p : duplicates.getOrDefault(key, List.of())) {
                String other = p.first().equals(key) ? p.second() : p.first();
                json.writeStartObject();
                json.writeNumberField("claim", c.index());
                json.writeStringField("other_claim", other);
                json.writeStringField("other_article", other.substring(0, other.lastIndexOf('#')));
                json.writeStringField("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
                json.writeNumberField("similarity", Math.round(p.cosine() * 1000) / 1000.0);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private void spanOrNull(String startField, String endField, int start, int end) throws IOException {
        if (start < 0) {
            json.writeNullField(startField);
            json.writeNullField(endField);
        } else {
            json.writeNumberField(startField, start);
            json.writeNumberField(endField, end);
        }
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
