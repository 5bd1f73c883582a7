package org.echotrace.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.model.SegmentKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one article's page shows beside its text, per table ({@link ArticleRows}), loaded once at
 * start with the columns the API has always answered: segments (with the group the page greys),
 * sources, entities, places, claimed events (relay chains parsed) and techniques. Events also
 * keep their list order (date, no date last, then article and index) for the event list.
 */
final class ArticleFindings {
    private static final ObjectMapper JSON = new ObjectMapper();
    final ArticleRows segments;
    final ArticleRows sources;
    final ArticleRows entities;
    final ArticleRows places;
    final ArticleRows events;
    final ArticleRows techniques;
    /** Event rows in list order. */
    final int[] eventOrder;
    /** The event columns' keys, encoded once, and where relayed_via is. */
    private final com.fasterxml.jackson.core.io.SerializedString[] eventKeys;
    private final int relayedVia;

    private ArticleFindings(ArticleRows segments, ArticleRows sources, ArticleRows entities, ArticleRows places, ArticleRows events,
                            ArticleRows techniques) {
        this.segments = segments;
        this.sources = sources;
        this.entities = entities;
        this.places = places;
        this.events = events;
        this.techniques = techniques;
        int date = events.size() == 0 ? 0 : events.column("event_date");
        int article = events.size() == 0 ? 0 : events.column("article_id");
        int idx = events.size() == 0 ? 0 : events.column("idx");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        order.sort(Comparator.comparing((Integer i) -> (String) events.value(date, i), nullsLast)
                .thenComparing(i -> (String) events.value(article, i), nullsLast)
                .thenComparing(i -> events.value(idx, i) instanceof Integer n ? n : Integer.MAX_VALUE));
        this.eventOrder = order.stream().mapToInt(Integer::intValue).toArray();
        this.eventKeys = new com.fasterxml.jackson.core.io.SerializedString[events.width()];
        int relays = -1;
        for (int c = 0; c < eventKeys.length; c++) {
            eventKeys[c] = new com.fasterxml.jackson.core.io.SerializedString(events.name(c));
            relays = events.name(c).equals("relayed_via") ? c : relays;
        }
        this.relayedVia = relays;
    }

    static ArticleFindings load(StoreConnection db, int articles) {
        return new ArticleFindings(
                ArticleRows.load(db, "segments", List.of("kind", "start", "end", "group"),
                        "kind, start_offset, end_offset, kind", "ord", articles, Map.of("group", k -> group((String) k))),
                ArticleRows.load(db, "article_sources", List.of("source"), "source", "source", articles, Map.of()),
                ArticleRows.load(db, "entities", List.of("start", "end", "text", "type", "canonical", "score"),
                        "start_offset, end_offset, text, type, canonical, score", "start_offset", articles, Map.of()),
                ArticleRows.load(db, "places", List.of("start", "end", "text", "place_id", "name", "latitude", "longitude",
                        "geo_precision", "country", "admin1", "confidence"), "start_offset, end_offset, text, place_id, name, latitude,"
                        + " longitude, geo_precision, country, admin1, confidence", "start_offset", articles, Map.of()),
                ArticleRows.load(db, "events", List.of("article_id", "idx", "event_date", "date_precision", "event_type",
                        "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "fatalities",
                        "fatalities_qualifier", "claimed_by", "relayed_via", "evidence_start", "evidence_end"), "article_id, idx,"
                        + " event_date, date_precision, event_type, sub_event_type, actor1, actor2, location, latitude, longitude,"
                        + " geo_precision, fatalities, fatalities_qualifier, claimed_by, relayed_via, evidence_start, evidence_end",
                        "event_date NULLS LAST, idx", articles, Map.of("relayed_via", ArticleFindings::relays)),
                ArticleRows.load(db, "techniques", List.of("start", "end", "technique", "score"),
                        "start_offset, end_offset, technique, score", "start_offset", articles, Map.of()));
    }

    /** An event row with its article's title and outlet, as the API answers events. */
    Map<String, Object> event(int row, ServedIndex idx) {
        Map<String, Object> r = events.row(row);
        if (r.get("relayed_via") == null) {
            r.put("relayed_via", List.of());
        }
        int a = events.art(row);
        r.put("title", idx.title[a]);
        r.put("outlet", idx.outlet(a));
        return r;
    }

    /** The event row as {@link #event} answers it, written straight to the generator. */
    JsonRow eventJson(int row, ServedIndex idx) {
        return (g, p) -> {
            g.writeStartObject();
            for (int c = 0; c < eventKeys.length; c++) {
                Object v = events.value(c, row);
                g.writeFieldName(eventKeys[c]);
                // The common value types written directly: a serializer looked up per value cost most of an event's time.
                if (v instanceof String t) {
                    g.writeString(t);
                } else if (v instanceof Integer n) {
                    g.writeNumber(n);
                } else if (v instanceof Double d) {
                    g.writeNumber(d);
                } else if (v == null && c == relayedVia) {
                    g.writeStartArray();
                    g.writeEndArray();
                } else {
                    p.defaultSerializeValue(v, g);
                }
            }
            int a = events.art(row);
            g.writeStringField("title", idx.title[a]);
            g.writeStringField("outlet", idx.outlet(a));
            g.writeEndObject();
        };
    }

    /** Body, metadata, furniture or comments: the page greys all but the first two. */
    private static String group(String kind) {
        try {
            SegmentKind k = SegmentKind.expectLabel(kind);
            return k.inBody() ? "body" : k.isArticle() ? "metadata" : k.isComments() ? "comments" : "furniture";
        } catch (IllegalArgumentException e) {
            return "furniture";
        }
    }

    private static Object relays(Object json) {
        try {
            return Optional.ofNullable(JSON.convertValue(JSON.readTree(json.toString()), Object.class)).orElse(List.of());
        } catch (IOException e) {
            return json.toString();
        }
    }

}
