package org.echotrace.link.place;

import org.echotrace.link.place.MentionFinder.Found;
import org.echotrace.model.GeoPrecision;
import org.echotrace.model.Place;
import org.echotrace.model.PlaceMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks, for every name found in an article, the gazetteer entry it means. A candidate's score is
 * its prior (our curated entries high, a town by its population and rank as a seat), plus the
 * weight of its country among the article's unambiguous names, plus a bonus when it lies near a
 * place another name of the article was resolved to; names that land in no country the article
 * is about and near none of its other places, with little population behind them, are dropped as likely false matches.
 *
 * <p>Design decision: two passes and fixed weights, not a learned model: the weights are few,
 * each one says why it is there, and there is no labelled geocoding data of our domain to learn from.
 */
final class PlaceResolver {
    /** Our entries are the places these articles are about: above any town's prior plus its context. */
    private static final double CURATED_PRIOR = 3.0;
    /** A country named votes less for the article's context than a place in it: "the US" is an actor. */
    private static final double COUNTRY_VOTE = 0.3;
    /** A transliteration variant is only trusted in a country the article is mostly about. */
    private static final double SKELETON_CONTEXT = 0.5;
    private static final double CONTEXT_WEIGHT = 1.0;
    private static final double NEAR_WEIGHT = 0.5;
    private static final double NEAR_KM = 300;
    private static final double SKELETON_PENALTY = 0.3;
    /**
     * A far alias ({@link AliasNames}) needs the article's country to beat a town that bears the name
     * as its own: half the context weight ("Palmyra" is Tadmur in an article about Syria, Palmyra in
     * New York elsewhere; "Venice" of Dayton loses to Venice in Italy and in Florida).
     */
    private static final double FAR_ALIAS_PENALTY = 0.5 * CONTEXT_WEIGHT;
    /** A town this large is kept even when its country is new to the article. */
    private static final long OUT_OF_CONTEXT_POPULATION = 20_000;
    /** A city this large keeps its name from small namesakes ({@link #withoutFaintNamesakes}). */
    static final long GREAT_CITY = 500_000;
    static final long NAMESAKE_RATIO = 50;

    List<PlaceMention> resolve(List<Found> input) {
        List<Found> found = input.stream().map(PlaceResolver::withoutFaintNamesakes).toList();
        Map<String, Double> context = countryContext(found);
        Candidate[] chosen = new Candidate[found.size()];
        for (int i = 0; i < found.size(); i++) {
            chosen[i] = best(found.get(i), context, List.of()).candidate();
        }
        // Design decision: the other mentions' places gathered once, each distinct place with how many
        // mentions chose it, so a mention's neighbours are the distinct places less its own choice: the
        // same set as every other mention's choice in turn (nearness only asks whether one lies near),
        // without reading every other mention for each (a 3 MB article's 30,000 mentions took minutes).
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, Integer> chosenBy = new HashMap<>();
        for (Candidate c : chosen) {
            if (counted(c)) {
                places.putIfAbsent(c.place().id(), c.place());
                chosenBy.merge(c.place().id(), 1, Integer::sum);
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String own = counted(chosen[i]) ? chosen[i].place().id() : null;
            List<Place> others = new ArrayList<>();
            for (Place p : places.values()) {
                if (chosenBy.get(p.id()) - (p.id().equals(own) ? 1 : 0) > 0) {
                    others.add(p);
                }
            }
            Scored s = best(f, context, others);
            Candidate c = s.candidate();
            String cc = c.place().country().orElse("");
            double ctx = context.getOrDefault(cc, 0.0);
            if (!f.exact() && ctx < SKELETON_CONTEXT) {
                continue;
            }
            if (!c.curated() && ctx == 0.0 && !s.near() && c.population() < OUT_OF_CONTEXT_POPULATION) {
                continue;
            }
            double base = f.exact() ? 0.95 : 0.75;
            double confidence = base * (0.6 + 0.4 * Math.min(1.0, s.margin()));
            out.add(new PlaceMention(f.span(), f.surface(), c.place(), Math.round(confidence * 1000) / 1000.0));
        }
        return out;
    }

    /** Whether a mention's choice is a neighbour the others may lie near (a town, not a country or region). */
    private static boolean counted(Candidate c) {
        return c.place().precision() != GeoPrecision.COUNTRY && c.place().precision() != GeoPrecision.REGION;
    }

    /**
     * A great city's name means the city: a town of that name with a fiftieth of its people or fewer is
     * not among the candidates ("Damascus" in an article about Washington's Syria policy is not
     * Damascus, Maryland, which is near Washington; "Moscow" is not Moscow, Idaho). Reporters name such
     * a namesake with its state ("Damascus, Maryland"), which this reading gives up. Our curated
     * entries are always kept, and so are all candidates of a spelling variant; towns that bear the
     * name only as a far alias never are ("Rome" is not Lomé, "Homs" not Al Khums, "Milan" not Syracuse).
     */
    static Found withoutFaintNamesakes(Found f) {
        long top = 0;
        for (Candidate c : f.candidates()) {
            top = Math.max(top, c.curated() || c.farAlias() ? 0 : c.population());
        }
        if (top < GREAT_CITY || !f.exact()) {
            return f; // a spelling variant's candidates only share consonants, not the name
        }
        long floor = top / NAMESAKE_RATIO;
        List<Candidate> kept = f.candidates().stream()
                .filter(c -> c.curated() || !c.farAlias() && c.population() > floor).toList();
        return kept.size() == f.candidates().size() ? f
                : new Found(f.span(), f.surface(), kept, f.exact(), f.regionCue());
    }

    /** The chosen candidate, its lead over the runner-up, and whether it lies near another place of the article. */
    private record Scored(Candidate candidate, double margin, boolean near) {
    }

    private static Scored best(Found f, Map<String, Double> context, List<Place> others) {
        Candidate best = null;
        boolean bestNear = false;
        double top = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (Candidate c : f.candidates()) {
            double s = prior(c) + CONTEXT_WEIGHT * context.getOrDefault(c.place().country().orElse(""), 0.0);
            if (!f.exact()) {
                s -= SKELETON_PENALTY;
            }
            if (c.farAlias()) {
                s -= FAR_ALIAS_PENALTY;
            }
            boolean near = false;
            for (Place o : others) {
                if (!o.id().equals(c.place().id()) && km(o, c.place()) < NEAR_KM) {
                    s += NEAR_WEIGHT;
                    near = true;
                    break;
                }
            }
            if (s > top) {
                second = top;
                top = s;
                best = c;
                bestNear = near;
            } else if (s > second) {
                second = s;
            }
        }
        return new Scored(best, second == Double.NEGATIVE_INFINITY ? 1.0 : top - second, bestNear);
    }

    static double prior(Candidate c) {
        if (c.curated()) {
            return CURATED_PRIOR;
        }
        double p = Math.min(1.0, Math.log10(c.population() + 1.0) / 7.0);
        return p + switch (c.featureCode()) {
            case "PPLC" -> 0.3;
            case "PPLA" -> 0.2;
            case "PPLA2" -> 0.1;
            default -> 0.0;
        };
    }

    /**
     * The countries the article is about, 0..1: each name with a curated entry or a single
     * candidate votes for its country; the most voted country weighs 1.
     */
    private static Map<String, Double> countryContext(List<Found> found) {
        Map<String, Double> votes = new TreeMap<>();
        for (Found f : found) {
            Candidate only = null;
            for (Candidate c : f.candidates()) {
                if (c.curated()) {
                    only = c;
                    break;
                }
            }
            if (only == null && f.candidates().size() == 1 && f.exact()) {
                only = f.candidates().get(0);
            }
            if (only != null && only.place().country().isPresent()) {
                double vote = only.place().precision() == GeoPrecision.COUNTRY ? COUNTRY_VOTE : 1.0;
                votes.merge(only.place().country().get(), vote, Double::sum);
            }
        }
        double max = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        votes.replaceAll((k, v) -> v / max);
        return votes;
    }

    /** Great-circle distance in kilometres. */
    static double km(Place a, Place b) {
        double la1 = Math.toRadians(a.latitude());
        double la2 = Math.toRadians(b.latitude());
        double dLa = la2 - la1;
        double dLo = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLa / 2) * Math.sin(dLa / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dLo / 2) * Math.sin(dLo / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
