package org.echotrace.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.echotrace.link.place.PlaceLinker;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.Event;
import org.echotrace.model.Place;
import org.junit.jupiter.api.Test;

class SeedEventsTest {
    private static final PlaceLinker PLACES = new PlaceLinker();
    private static final EventExtractor EVENTS = new EventExtractor();

    @Test
    void theClaimedEventsOfTheSeedsAreFoundWithDatePlaceActorsAndToll() {
        List<AnalyzedArticle> seeds = SeedArticles.expectSeeds();
        List<String> missing = new ArrayList<>();
        for (String[] g : SeedArticles.gold("events.tsv")) {
            List<Event> events = EVENTS.apply(PLACES.apply(SeedArticles.seed(seeds, g[0]))).events();
            if (events.stream().noneMatch(e -> matches(e, g))) {
                missing.add(String.join(" | ", g) + "\n   found: " + events.stream().map(SeedEventsTest::show).toList());
            }
        }
        assertTrue(missing.isEmpty(), "events not found:\n" + String.join("\n", missing));
    }

    @Test
    void readsNoMoreThanOneEventBeyondTheGoldOfEachSeed() {
        List<AnalyzedArticle> seeds = SeedArticles.expectSeeds();
        Map<String, Integer> gold = new TreeMap<>();
        for (String[] g : SeedArticles.gold("events.tsv")) {
            gold.merge(g[0], 1, Integer::sum);
        }
        List<String> noisy = new ArrayList<>();
        for (AnalyzedArticle a : seeds) {
            String prefix = a.id().substring(0, 3);
            List<Event> events = EVENTS.apply(PLACES.apply(a)).events();
            if (events.size() > gold.getOrDefault(prefix, 0) + 1) {
                noisy.add(prefix + ": " + events.size() + " events, gold " + gold.getOrDefault(prefix, 0) + ": "
                        + events.stream().map(SeedEventsTest::show).toList());
            }
        }
        assertTrue(noisy.isEmpty(), String.join("\n", noisy));
    }

    private static boolean matches(Event e, String[] g) {
        if (!e.subEventType().equals(g[1])) {
            return false;
        }
        if (!g[2].equals("-") && !e.eventDate().map(d -> d.iso()).equals(Optional.of(g[2]))) {
            return false;
        }
        Place expected = new Place("gold", "gold", Double.parseDouble(g[3]), Double.parseDouble(g[4]),
                org.echotrace.model.GeoPrecision.SITE, Optional.empty(), Optional.empty());
        if (e.location().isEmpty() || km(e.location().get().place(), expected) > Double.parseDouble(g[5])) {
            return false;
        }
        if (!g[6].equals("-") && !e.fatalities().equals(Optional.of(Integer.parseInt(g[6])))) {
            return false;
        }
        if (!g[7].equals("-") && !e.fatalitiesQualifier().equals(Optional.of(g[7]))) {
            return false;
        }
        return (g[8].equals("-") || e.actor1().equals(Optional.of(g[8])))
                && (g[9].equals("-") || e.actor2().equals(Optional.of(g[9])));
    }

    private static double km(Place a, Place b) {
        double dLa = Math.toRadians(b.latitude() - a.latitude());
        double dLo = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLa / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLo / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    static String show(Event e) {
        return e.subEventType() + " " + e.eventDate().map(d -> d.iso()).orElse("-") + " "
                + e.location().map(l -> l.place().name()).orElse("-") + " " + e.fatalities().map(String::valueOf).orElse("-")
                + " " + e.fatalitiesQualifier().orElse("") + " a1=" + e.actor1().orElse("-") + " a2=" + e.actor2().orElse("-");
    }
}
