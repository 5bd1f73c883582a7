package org.echotrace.link.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.echotrace.extract.event.SeedArticles;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.GeoPrecision;
import org.echotrace.model.Place;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class SeedPlacesTest {
    private static final PlaceLinker LINKER = new PlaceLinker();

    @Test
    void everyPlaceOfTheSeedsIsGeocodedToItsPoint() {
        List<AnalyzedArticle> seeds = SeedArticles.expectSeeds();
        List<String> wrong = new ArrayList<>();
        for (String[] g : SeedArticles.gold("places.tsv")) {
            AnalyzedArticle a = LINKER.apply(SeedArticles.seed(seeds, g[0]));
            int start = Integer.parseInt(g[1]);
            String name = g[2];
            assertEquals(name, a.text().substring(start, start + name.length()), "gold file offset of " + name + " in " + g[0]);
            TextSpan gold = new TextSpan(start, start + name.length());
            Place expected = new Place("gold", name, Double.parseDouble(g[3]), Double.parseDouble(g[4]),
                    GeoPrecision.SITE, java.util.Optional.empty(), java.util.Optional.empty());
            double tolerance = Double.parseDouble(g[5]);
            PlaceMention found = a.places().stream().filter(p -> p.span().overlaps(gold)).findFirst().orElse(null);
            if (found == null) {
                wrong.add(g[0] + " " + name + "@" + start + ": not linked");
            } else if (PlaceResolver.km(found.place(), expected) > tolerance) {
                wrong.add(g[0] + " " + name + "@" + start + ": linked to " + found.place().name() + " ("
                        + Math.round(PlaceResolver.km(found.place(), expected)) + " km off, tolerance " + tolerance + ")");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void linksNothingInTheSeedsBeyondTheirPlacesAndCountries() {
        List<AnalyzedArticle> seeds = SeedArticles.expectSeeds();
        List<String[]> places = SeedArticles.gold("places.tsv");
        List<String> extra = new ArrayList<>();
        for (String[] c : SeedArticles.gold("countries.tsv")) {
            AnalyzedArticle a = LINKER.apply(SeedArticles.seed(seeds, c[0]));
            Set<String> countries = Set.of(c[1].split(" "));
            for (PlaceMention p : a.places()) {
                if (p.place().precision() == GeoPrecision.COUNTRY) {
                    if (!countries.contains(p.place().country().orElse("?"))) {
                        extra.add(c[0] + " " + p.text() + "@" + p.span().start() + " -> country " + p.place().country());
                    }
                    continue;
                }
                boolean inGold = places.stream().anyMatch(g -> g[0].equals(c[0]) && p.span().overlaps(
                        new TextSpan(Integer.parseInt(g[1]), Integer.parseInt(g[1]) + g[2].length())));
                if (!inGold) {
                    extra.add(c[0] + " " + p.text() + "@" + p.span().start() + " -> " + p.place().id() + " " + p.place().name());
                }
            }
        }
        assertTrue(extra.isEmpty(), "places linked that the seeds do not name:\n" + String.join("\n", extra));
    }

    @Test
    void resolvesTheTwoTransliterationsOfOneTownToOneEntry() {
        AnalyzedArticle a = LINKER.apply(SeedArticles.seed(SeedArticles.expectSeeds(), "003"));
        Set<String> ids = new java.util.TreeSet<>();
        for (PlaceMention p : a.places()) {
            String key = PlaceNames.skeleton(PlaceNames.key(p.text()));
            if (key.equals("krtn")) {
                ids.add(p.place().id());
            }
        }
        assertEquals(1, ids.size(), "al-Qaryatayn and Al-Karatein: " + ids);
    }
}
