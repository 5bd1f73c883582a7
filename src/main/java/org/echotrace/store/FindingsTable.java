package org.echotrace.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Attribution;
import org.echotrace.model.Claim;
import org.echotrace.model.EntityMention;
import org.echotrace.model.Event;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.SourceHop;
import org.echotrace.model.Speaker;
import org.echotrace.model.TechniqueSpan;
import org.echotrace.model.TextSpan;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Appends what was read from each article (claims, entities, places, events, techniques) to one
 * table per kind, inside the caller's transaction.
 *
 * <p>Design decision: each row has flat columns for querying (the API filters by speaker, entity,
 * place, technique) and a {@code detail} column holding the whole record as JSON, which is what is
 * read back, so the round trip is exact however the records grow. {@code seq} is the article's,
 * so findings stream back in article order beside the articles, as segments do.
 */
final class FindingsTable {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());

    static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS claims (article_id VARCHAR NOT NULL, seq BIGINT NOT NULL, idx INTEGER NOT NULL,"
            + " kind VARCHAR NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text VARCHAR NOT NULL,"
            + " cue_type VARCHAR, cue_start INTEGER, cue_end INTEGER, source_start INTEGER, source_end INTEGER,"
            + " speaker VARCHAR, speaker_kind VARCHAR, speaker_role VARCHAR, speaker_org VARCHAR, chain VARCHAR,"
            + " check_worthiness DOUBLE, marks VARCHAR, detail VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS entities (article_id VARCHAR NOT NULL, seq BIGINT NOT NULL, idx INTEGER NOT NULL,"
            + " start_offset INTEGER, end_offset INTEGER, text VARCHAR, type VARCHAR, canonical VARCHAR, score DOUBLE,"
            + " detail VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS places (article_id VARCHAR NOT NULL, seq BIGINT NOT NULL, idx INTEGER NOT NULL,"
            + " start_offset INTEGER, end_offset INTEGER, text VARCHAR, place_id VARCHAR, name VARCHAR, latitude DOUBLE,"
            + " longitude DOUBLE, geo_precision INTEGER, country VARCHAR, admin1 VARCHAR, confidence DOUBLE,"
            + " detail VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS events (article_id VARCHAR NOT NULL, seq BIGINT NOT NULL, idx INTEGER NOT NULL,"
            + " event_date VARCHAR, date_precision VARCHAR, event_type VARCHAR, sub_event_type VARCHAR, actor1 VARCHAR,"
            + " actor2 VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER,"
            + " fatalities INTEGER, fatalities_qualifier VARCHAR, claimed_by VARCHAR, relayed_via VARCHAR,"
            + " evidence_start INTEGER, evidence_end INTEGER, detail VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS techniques (article_id VARCHAR NOT NULL, seq BIGINT NOT NULL, idx INTEGER NOT NULL,"
            + " start_offset INTEGER, end_offset INTEGER, technique VARCHAR, score DOUBLE, detail VARCHAR NOT NULL)",
    };

    private FindingsTable() {
    }

    static void write(DuckDBConnection db, long firstSeq, List<AnalyzedArticle> articles) throws SQLException {
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "claims")) {
            long seq = firstSeq;
            for (AnalyzedArticle art : articles) {
                for (Claim c : art.claims()) {
                    claim(a.beginRow().append(art.id()).append(seq).append(c.index()), c);
                    a.endRow();
                }
                seq++;
            }
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "entities")) {
            long seq = firstSeq;
            for (AnalyzedArticle art : articles) {
                int i = 0;
                for (EntityMention e : art.entities()) {
                    a.beginRow().append(art.id()).append(seq).append(i++).append(e.span().start()).append(e.span().end())
                            .append(e.text()).append(lower(e.type())).append(e.canonical()).append(e.score())
                            .append(json(e)).endRow();
                }
                seq++;
            }
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "places")) {
            long seq = firstSeq;
            for (AnalyzedArticle art : articles) {
                int i = 0;
                for (PlaceMention p : art.places()) {
                    a.beginRow().append(art.id()).append(seq).append(i++).append(p.span().start()).append(p.span().end())
                            .append(p.text()).append(p.place().id()).append(p.place().name())
                            .append(p.place().latitude()).append(p.place().longitude())
                            .append(p.place().precision().acled());
                    opt(a, p.place().country());
                    opt(a, p.place().admin1());
                    a.append(p.confidence()).append(json(p)).endRow();
                }
                seq++;
            }
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
            long seq = firstSeq;
            for (AnalyzedArticle art : articles) {
                int i = 0;
                for (Event e : art.events()) {
                    event(a.beginRow().append(art.id()).append(seq).append(i++), e);
                    a.endRow();
                }
                seq++;
            }
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "techniques")) {
            long seq = firstSeq;
            for (AnalyzedArticle art : articles) {
                int i = 0;
                for (TechniqueSpan t : art.techniques()) {
                    a.beginRow().append(art.id()).append(seq).append(i++).append(t.span().start()).append(t.span().end())
                            .append(t.technique().label()).append(t.score()).append(json(t)).endRow();
                }
                seq++;
            }
        }
    }

    private static void claim(DuckDBAppender a, Claim c) throws SQLException {
        a.append(lower(c.kind())).append(c.span().start()).append(c.span().end()).append(c.text());
        Optional<Attribution> at = c.attribution();
        opt(a, at.map(x -> lower(x.cueType())));
        optInt(a, at.map(x -> x.cue().start()));
        optInt(a, at.map(x -> x.cue().end()));
        optInt(a, at.flatMap(Attribution::source).map(TextSpan::start));
        optInt(a, at.flatMap(Attribution::source).map(TextSpan::end));
        Optional<Speaker> sp = c.speaker();
        opt(a, sp.map(Speaker::name));
        opt(a, sp.map(x -> lower(x.kind())));
        opt(a, sp.flatMap(Speaker::role));
        opt(a, sp.flatMap(Speaker::organisation));
        opt(a, at.map(x -> chainJson(x.chain())));
        a.append(c.checkWorthiness());
        a.append(c.marks().stream().map(FindingsTable::lower).sorted().collect(Collectors.joining(",")));
        a.append(json(c));
    }

    private static void event(DuckDBAppender a, Event e) throws SQLException {
        opt(a, e.eventDate().map(d -> d.iso()));
        opt(a, e.eventDate().map(d -> d.precision()));
        a.append(e.eventType()).append(e.subEventType());
        opt(a, e.actor1());
        opt(a, e.actor2());
        opt(a, e.location().map(PlaceMention::text));
        optDouble(a, e.location().map(p -> p.place().latitude()));
        optDouble(a, e.location().map(p -> p.place().longitude()));
        optInt(a, e.location().map(p -> p.place().precision().acled()));
        optInt(a, e.fatalities());
        opt(a, e.fatalitiesQualifier());
        opt(a, e.claimedBy());
        a.append(chainJson(e.relayedVia()));
        a.append(e.evidence().start()).append(e.evidence().end()).append(json(e));
    }

    /** A chain as the API shows it: [{"name", "role", "start", "end"}]. */
    static String chainJson(List<SourceHop> chain) {
        List<java.util.Map<String, Object>> out = new ArrayList<>();
        for (SourceHop h : chain) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("name", h.name());
            m.put("role", lower(h.role()));
            m.put("start", h.evidence().map(TextSpan::start).orElse(null));
            m.put("end", h.evidence().map(TextSpan::end).orElse(null));
            out.add(m);
        }
        return json(out);
    }

    static String json(Object v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + v.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static void opt(DuckDBAppender a, Optional<String> v) throws SQLException {
        if (v.isPresent()) {
            a.append(v.get());
        } else {
            a.appendNull();
        }
    }

    private static void optInt(DuckDBAppender a, Optional<Integer> v) throws SQLException {
        if (v.isPresent()) {
            a.append((int) v.get());
        } else {
            a.appendNull();
        }
    }

    private static void optDouble(DuckDBAppender a, Optional<Double> v) throws SQLException {
        if (v.isPresent()) {
            a.append((double) v.get());
        } else {
            a.appendNull();
        }
    }
}
