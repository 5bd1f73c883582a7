package org.echotrace.serve;

import org.echotrace.link.place.FocusPlace;
import org.echotrace.model.GeoPrecision;
import org.echotrace.model.Place;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article's focus place ({@link FocusPlace}) from its stored rows, in the shape
 * {@code export articles} writes it: the workbench shows where an article is about.
 */
final class FocusRows {
    private FocusRows() {
    }

    /** The focus of an article, from its text, segment rows and place rows; null when it has none. */
    static Map<String, Object> of(String text, List<Map<String, Object>> segments, List<Map<String, Object>> places) {
        List<Segment> segs = new ArrayList<>(segments.size());
        for (Map<String, Object> s : segments) {
            segs.add(new Segment(SegmentKind.expectLabel((String) s.get("kind")), num(s.get("start")), num(s.get("end"))));
        }
        List<PlaceMention> mentions = new ArrayList<>(places.size());
        for (Map<String, Object> p : places) {
            Place place = new Place((String) p.get("place_id"), (String) p.get("name"), dbl(p.get("latitude")),
                    dbl(p.get("longitude")), GeoPrecision.ofAcled(num(p.get("geo_precision"))), text(p.get("country")), text(p.get("admin1")));
            mentions.add(new PlaceMention(new TextSpan(num(p.get("start")), num(p.get("end"))), (String) p.get("text"), place,
                    dbl(p.get("confidence"))));
        }
        return FocusPlace.of(text, segs, mentions).map(f -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("country", f.country());
            out.put("admin1", f.admin1().orElse(null));
            out.put("place_id", f.place().id());
            out.put("name", f.place().name());
            out.put("latitude", f.place().latitude());
            out.put("longitude", f.place().longitude());
            out.put("share", Math.round(f.share() * 1000) / 1000.0);
            return out;
        }).orElse(null);
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    private static double dbl(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }

    private static Optional<String> text(Object o) {
        return o == null || o.toString().isEmpty() ? Optional.empty() : Optional.of(o.toString());
    }
}
