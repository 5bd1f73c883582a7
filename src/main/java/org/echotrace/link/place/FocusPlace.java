package org.echotrace.link.place;

import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.GeoPrecision;
import org.echotrace.model.Place;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an article is about: the country its place names weigh most in, then the first-level region
 * (a Syrian governorate, a US state) and the place that weigh most inside it. A name counts by its
 * linker's confidence, three times in the title and twice in the lead (the body's first two
 * sentences), where news puts its dateline and what happened; later names are the background ("...
 * since the war began in Daraa in 2011"). A country's own name ("Russia", "Turkey") names its
 * government as often as its land ("Turkey said ...", "Russian jets ..."), so the country is chosen by
 * the names below it (towns, regions, sites) and by country names only where there are none.
 *
 * <p>Design decision: the weights were set from how news is written, not tuned on the only measure
 * ({@code eval places} on FA-KES' incident locations), which has no split to tune on; its first run,
 * with the lead read as the first paragraph and the country chosen by every name, is recorded beside
 * this one in docs/places.md. Ties go to the name met first.
 */
public final class FocusPlace {
    static final double TITLE = 3;
    static final double LEAD = 2;
    /** The lead: the body's first sentences, as many as these. */
    static final int LEAD_SENTENCES = 2;

    /**
     * @param country the ISO code of the country the article's names weigh most in
     * @param admin1  its first-level region there, when a name below the country level was linked
     * @param place   the place that weighs most in that region (or the country's own entry)
     * @param share   the region's (else the country's) share of the weight of all the article's names, 0..1
     */
    public record Focus(String country, Optional<String> admin1, Place place, double share) {
    }

    private FocusPlace() {
    }

    /** The article's focus, or none when no name was linked to a country. */
    public static Optional<Focus> of(AnalyzedArticle a) {
        return of(a.clean().segments(), leadEnd(a), a.places());
    }

    /** The focus of a stored article, which keeps no sentences: its lead read from its {@code text}. */
    public static Optional<Focus> of(String text, List<Segment> segments, List<PlaceMention> places) {
        return of(segments, leadEnd(text, segments.stream().filter(s -> s.kind().inBody()).toList()), places);
    }

    private static Optional<Focus> of(List<Segment> segments, int lead, List<PlaceMention> mentions) {
        Map<String, Double> countries = new LinkedHashMap<>();
        Map<String, Double> named = new LinkedHashMap<>();
        Map<String, Map<String, Double>> regions = new LinkedHashMap<>();
        Map<String, Map<String, Double>> places = new LinkedHashMap<>();
        Map<String, Place> byId = new LinkedHashMap<>();
        Map<String, Place> countryPlace = new LinkedHashMap<>();
        Map<String, Place> firstPlace = new LinkedHashMap<>();
        double total = 0;
        for (PlaceMention m : mentions) {
            Optional<String> country = m.place().country();
            if (country.isEmpty()) {
                continue;
            }
            double w = m.confidence() * (inTitle(m, segments) ? TITLE : lead >= 0 && m.span().end() <= lead ? LEAD : 1);
            total += w;
            firstPlace.putIfAbsent(country.get(), m.place());
            if (m.place().precision() == GeoPrecision.COUNTRY) {
                named.merge(country.get(), w, Double::sum);
                countryPlace.putIfAbsent(country.get(), m.place());
                continue;
            }
            countries.merge(country.get(), w, Double::sum);
            byId.putIfAbsent(m.place().id(), m.place());
            m.place().admin1().ifPresent(r -> {
                regions.computeIfAbsent(country.get(), k -> new LinkedHashMap<>()).merge(r, w, Double::sum);
                places.computeIfAbsent(country.get() + "\t" + r, k -> new LinkedHashMap<>()).merge(m.place().id(), w, Double::sum);
            });
        }
        if (countries.isEmpty()) {
            countries = named;
        }
        Optional<String> country = best(countries);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> region = best(regions.getOrDefault(country.get(), Map.of()));
        if (region.isEmpty()) {
            Place p = countryPlace.getOrDefault(country.get(), firstPlace.get(country.get()));
            return Optional.of(new Focus(country.get(), Optional.empty(), p, share(countries.get(country.get()), total)));
        }
        String place = best(places.get(country.get() + "\t" + region.get())).orElseThrow();
        return Optional.of(new Focus(country.get(), region, byId.get(place), share(regions.get(country.get()).get(region.get()), total)));
    }

    /**
     * Where the lead ends: after the body's second sentence; for a stored article, which keeps no
     * sentences, after the second full stop, question or exclamation mark followed by a space (or a
     * paragraph's end) from the body's start. -1 when there is no body.
     */
    static int leadEnd(AnalyzedArticle a) {
        if (!a.sentences().isEmpty()) {
            return a.sentences().get(Math.min(LEAD_SENTENCES, a.sentences().size()) - 1).span().end();
        }
        return leadEnd(a.text(), a.clean().bodySegments());
    }

    private static int leadEnd(String text, List<Segment> body) {
        int ends = 0;
        int last = -1;
        for (Segment seg : body) {
            for (int i = seg.start(); i < seg.end() && i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && (i + 1 == seg.end() || Character.isWhitespace(text.charAt(i + 1)))) {
                    last = i + 1;
                    if (++ends == LEAD_SENTENCES) {
                        return last;
                    }
                }
            }
            if (last < seg.end()) {
                last = seg.end();
                if (++ends == LEAD_SENTENCES) {
                    return last;
                }
            }
        }
        return last;
    }

    private static double share(double part, double total) {
        return total > 0 ? part / total : 0;
    }

    private static boolean inTitle(PlaceMention m, List<Segment> segments) {
        for (Segment s : segments) {
            if (s.kind() == SegmentKind.TITLE && s.start() <= m.span().start() && m.span().end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The key of the largest weight; the first met among equals (the map keeps the order names came in). */
    private static Optional<String> best(Map<String, Double> weights) {
        String best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (e.getValue() > top + 1e-9) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }
}
