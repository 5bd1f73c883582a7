package org.echotrace.export;

import org.echotrace.model.Event;
import org.echotrace.model.Place;
import org.echotrace.model.ResolvedDate;
import org.echotrace.model.SourceHop;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Claimed events as an ACLED-style CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled). ACLED's column names where ACLED
 * has the column; then what ACLED lacks: the fatality qualifier, who claims the event and through
 * whom, and where in which article the evidence lies.
 *
 * <p>Design decision: {@code country} holds the ISO 3166-1 alpha-2 code our places carry, not
 * ACLED's English country name, and {@code event_id_cnty} is ours (country, article id, event
 * number), stable across runs because the article id is a content hash.
 */
public final class AcledCsvWriter {
    /** One event of one article, with the text its evidence span covers (for {@code notes}). */
    public record Row(String articleId, int index, Event event, String notes) {
    }

    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "time_precision",
            "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude",
            "longitude", "geo_precision", "fatalities", "notes", "fatalities_qualifier", "date_precision",
            "claimed_by", "relayed_via", "article_id", "evidence_start", "evidence_end", "place_id");

    private final Writer out;

    public AcledCsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes the header and every row; the number of rows written. */
    public static long writeAll(Stream<Row> rows, Writer out) throws IOException {
        AcledCsvWriter w = new AcledCsvWriter(out);
        w.writeHeader();
        long n = 0;
        for (Row r : (Iterable<Row>) rows::iterator) {
            w.write(r);
            n++;
        }
        out.flush();
        return n;
    }

    public void writeHeader() throws IOException {
        line(COLUMNS);
    }

    public void write(Row row) throws IOException {
        Event e = row.event();
        Optional<Place> place = e.location().map(l -> l.place());
        String country = place.flatMap(Place::country).orElse("");
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add((country.isEmpty() ? "XX" : country) + ":" + shortId(row.articleId()) + ":" + (row.index() + 1));
        f.add(e.eventDate().map(ResolvedDate::iso).orElse(""));
        f.add(e.eventDate().map(d -> timePrecision(d.precision())).orElse(""));
        f.add(e.eventType());
        f.add(e.subEventType());
        f.add(e.actor1().orElse(""));
        f.add(e.actor2().orElse(""));
        f.add(country);
        f.add(place.flatMap(Place::admin1).orElse(""));
        f.add(place.map(Place::name).orElse(""));
        f.add(place.map(p -> coordinate(p.latitude())).orElse(""));
        f.add(place.map(p -> coordinate(p.longitude())).orElse(""));
        f.add(place.map(p -> String.valueOf(p.precision().acled())).orElse(""));
        f.add(e.fatalities().map(String::valueOf).orElse(""));
        f.add(row.notes());
        f.add(e.fatalitiesQualifier().orElse(""));
        f.add(e.eventDate().map(ResolvedDate::precision).orElse(""));
        f.add(e.claimedBy().orElse(""));
        f.add(String.join(" <- ", e.relayedVia().stream().map(SourceHop::name).toList()));
        f.add(row.articleId());
        f.add(String.valueOf(e.evidence().start()));
        f.add(String.valueOf(e.evidence().end()));
        f.add(place.map(Place::id).orElse(""));
        line(f);
    }

    /** ACLED's time_precision: 1 the day, 2 a week or a few days, 3 the month or vaguer. */
    static String timePrecision(String precision) {
        return switch (precision) {
            case "day" -> "1";
            case "week" -> "2";
            case "month-day" -> "1";
            default -> "3";
        };
    }

    private static String shortId(String id) {
        return id.length() > 16 ? id.substring(0, 16) : id;
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    private void line(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180: quoted when it must be, inner quotes doubled. */
    static String quote(String field) {
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
