package org.echotrace.export;

import com.fasterxml.jackson.core.JsonGenerator;
import org.echotrace.link.place.FocusPlace;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Attribution;
import org.echotrace.model.Claim;
import org.echotrace.model.ClaimMark;
import org.echotrace.model.EntityMention;
import org.echotrace.model.Event;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.SourceHop;
import org.echotrace.model.Speaker;
import org.echotrace.model.TechniqueSpan;
import org.echotrace.model.TextSpan;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The findings of an article in the export line: {@code claims}, {@code entities}, {@code places},
 * {@code events}, {@code techniques}. Enum values are written lower-case; spans as start/end.
 */
final class FindingsJson {
    private final JsonGenerator json;
    private final java.util.Map<String, java.util.List<String>> narratives;

    FindingsJson(JsonGenerator json, java.util.Map<String, java.util.List<String>> narratives) {
        this.json = json;
        this.narratives = narratives;
    }

    void write(AnalyzedArticle a) throws IOException {
        json.writeArrayFieldStart("claims");
        for (Claim c : a.claims()) {
            claim(c, narratives.getOrDefault(a.id() + "#" + c.index(), java.util.List.of()));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("entities");
        for (EntityMention e : a.entities()) {
            json.writeStartObject();
            span(e.span());
            json.writeStringField("text", e.text());
            json.writeStringField("type", lower(e.type()));
            json.writeStringField("canonical", e.canonical());
            json.writeNumberField("score", e.score());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("places");
        for (PlaceMention p : a.places()) {
            place(p);
        }
        json.writeEndArray();
        Optional<FocusPlace.Focus> focus = FocusPlace.of(a);
        if (focus.isEmpty()) {
            json.writeNullField("focus_place");
        } else {
            FocusPlace.Focus f = focus.get();
            json.writeObjectFieldStart("focus_place");
            json.writeStringField("country", f.country());
            optional("admin1", f.admin1());
            json.writeStringField("place_id", f.place().id());
            json.writeStringField("name", f.place().name());
            json.writeNumberField("latitude", f.place().latitude());
            json.writeNumberField("longitude", f.place().longitude());
            json.writeNumberField("share", Math.round(f.share() * 1000) / 1000.0);
            json.writeEndObject();
        }
        json.writeArrayFieldStart("events");
        for (Event e : a.events()) {
            event(e);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("techniques");
        for (TechniqueSpan t : a.techniques()) {
            json.writeStartObject();
            span(t.span());
            json.writeStringField("technique", t.technique().label());
            json.writeNumberField("score", t.score());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void claim(Claim c, java.util.List<String> memberOf) throws IOException {
        json.writeStartObject();
        json.writeNumberField("index", c.index());
        json.writeStringField("kind", lower(c.kind()));
        span(c.span());
        json.writeStringField("text", c.text());
        json.writeNumberField("check_worthiness", c.checkWorthiness());
        json.writeArrayFieldStart("marks");
        for (ClaimMark m : ClaimMark.values()) {
            if (c.marks().contains(m)) {
                json.writeString(lower(m));
            }
        }
        json.writeEndArray();
        if (c.attribution().isPresent()) {
            Attribution a = c.attribution().get();
            json.writeObjectFieldStart("attribution");
            json.writeStringField("cue_type", lower(a.cueType()));
            json.writeObjectFieldStart("cue");
            span(a.cue());
            json.writeEndObject();
            if (a.source().isPresent()) {
                json.writeObjectFieldStart("source");
                span(a.source().get());
                json.writeEndObject();
            } else {
                json.writeNullField("source");
            }
            json.writeArrayFieldStart("content");
            for (TextSpan s : a.content()) {
                json.writeStartObject();
                span(s);
                json.writeEndObject();
            }
            json.writeEndArray();
            if (a.speaker().isPresent()) {
                speaker(a.speaker().get());
            } else {
                json.writeNullField("speaker");
            }
            json.writeArrayFieldStart("chain");
            for (SourceHop h : a.chain()) {
                json.writeStartObject();
                json.writeStringField("name", h.name());
                json.writeStringField("role", lower(h.role()));
                optionalSpan(h.evidence());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } else {
            json.writeNullField("attribution");
        }
        json.writeArrayFieldStart("narratives");
        for (String n : memberOf) {
            json.writeString(n);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void speaker(Speaker s) throws IOException {
        json.writeObjectFieldStart("speaker");
        json.writeStringField("name", s.name());
        json.writeStringField("kind", lower(s.kind()));
        optional("role", s.role());
        optional("organisation", s.organisation());
        json.writeObjectFieldStart("mention");
        span(s.mention());
        json.writeEndObject();
        if (s.resolvedFrom().isPresent()) {
            json.writeObjectFieldStart("resolved_from");
            span(s.resolvedFrom().get());
            json.writeEndObject();
        } else {
            json.writeNullField("resolved_from");
        }
        json.writeEndObject();
    }

    private void place(PlaceMention p) throws IOException {
        json.writeStartObject();
        span(p.span());
        json.writeStringField("text", p.text());
        json.writeStringField("place_id", p.place().id());
        json.writeStringField("name", p.place().name());
        json.writeNumberField("latitude", p.place().latitude());
        json.writeNumberField("longitude", p.place().longitude());
        json.writeNumberField("geo_precision", p.place().precision().acled());
        optional("country", p.place().country());
        optional("admin1", p.place().admin1());
        json.writeNumberField("confidence", p.confidence());
        json.writeEndObject();
    }

    private void event(Event e) throws IOException {
        json.writeStartObject();
        optional("event_date", e.eventDate().map(d -> d.iso()));
        optional("date_precision", e.eventDate().map(d -> d.precision()));
        json.writeStringField("event_type", e.eventType());
        json.writeStringField("sub_event_type", e.subEventType());
        optional("actor1", e.actor1());
        optional("actor2", e.actor2());
        optional("location", e.location().map(PlaceMention::text));
        if (e.location().isPresent()) {
            json.writeNumberField("latitude", e.location().get().place().latitude());
            json.writeNumberField("longitude", e.location().get().place().longitude());
            json.writeNumberField("geo_precision", e.location().get().place().precision().acled());
        } else {
            json.writeNullField("latitude");
            json.writeNullField("longitude");
            json.writeNullField("geo_precision");
        }
        if (e.fatalities().isPresent()) {
            json.writeNumberField("fatalities", e.fatalities().get());
        } else {
            json.writeNullField("fatalities");
        }
        optional("fatalities_qualifier", e.fatalitiesQualifier());
        optional("claimed_by", e.claimedBy());
        json.writeArrayFieldStart("relayed_via");
        for (SourceHop h : e.relayedVia()) {
            json.writeString(h.name());
        }
        json.writeEndArray();
        json.writeObjectFieldStart("evidence");
        span(e.evidence());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void span(TextSpan s) throws IOException {
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
    }

    private void optionalSpan(Optional<TextSpan> s) throws IOException {
        if (s.isPresent()) {
            span(s.get());
        } else {
            json.writeNullField("start");
            json.writeNullField("end");
        }
    }

    private void optional(String field, Optional<String> v) throws IOException {
        if (v.isPresent()) {
            json.writeStringField(field, v.get());
        } else {
            json.writeNullField(field);
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
