package org.echotrace.link.place;

import org.echotrace.link.place.MentionFinder.Found;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.EntityMention;
import org.echotrace.model.EntityType;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.Sentence;
import org.echotrace.model.SpanIndex;
import org.echotrace.model.TextSpan;
import org.echotrace.model.Token;
import org.echotrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and geocodes the places an article's sentences name: gazetteer matching over the
 * sentences' words (so it works without a recogniser), plus the recogniser's PLACE entities where
 * present, with its PERSON and ORGANISATION spans kept off-limits; then resolves each name against
 * the article's country context and co-mentioned places ({@link PlaceResolver}).
 * Thread-safe; GeoNames is loaded once, at the first article.
 */
public final class PlaceLinker implements Stage<AnalyzedArticle, AnalyzedArticle> {
    /** "a 55-kilometer no-fly zone around al-Tanf", "the 50-km zone around the community of At Tanf". */
    private static final Pattern RADIUS_ZONE = Pattern.compile(
            "\\b\\d{1,3}\\s?-?\\s?(?:km|kilometer|kilometre)s?\\b(?:[\\s-]+[\\w-]+){0,2}?[\\s-]+(?:zone|area)"
                    + "\\s+around\\s+(?:the\\s+)?(?:(?:community|locality|village|town|settlement|base)\\s+of\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * Consonants a recognised place's skeleton needs to meet a spelling variant on its own: two say
     * too little unless the names also start alike ("Hassakeh" meets Al Hasakah, but "Mario" no
     * longer meets the al-Amur mountains), one says nothing ("Hadeed" met Al Udeid Air Base,
     * "Oumuamua" Khmeimim).
     */
    private static final int MIN_ENTITY_SKELETON = 3;

    private final Gazetteer gazetteer;
    private final MentionFinder finder;
    private final PlaceResolver resolver = new PlaceResolver();

    public PlaceLinker() {
        this(Gazetteer.get());
    }

    PlaceLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new MentionFinder(gazetteer);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        String text = in.text();
        Set<String> lowerWords = lowerWords(in);
        List<TextSpan> blocked = new ArrayList<>();
        for (EntityMention e : in.entities()) {
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANISATION) {
                blocked.add(e.span());
            }
        }
        SpanIndex blockedSet = new SpanIndex(blocked);
        List<Found> found = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            Set<Integer> adjectives = new HashSet<>();
            for (Token t : s.tokens()) {
                if (t.pos().equals("ADJ")) {
                    adjectives.add(t.start());
                }
            }
            List<Found> inSentence = finder.find(text, s.span().start(), s.span().end(), lowerWords, blockedSet,
                    adjectives);
            found.addAll(inSentence);
            found.addAll(radiusZones(text, s.span(), inSentence));
        }
        SpanIndex inSentences = new SpanIndex(found.stream().map(Found::span).toList());
        List<Found> fromEntities = new ArrayList<>();
        for (EntityMention e : in.entities()) {
            if (e.type() == EntityType.PLACE && !inSentences.overlapsAny(e.span())
                    && fromEntities.stream().noneMatch(f -> f.span().overlaps(e.span()))) {
                fromEntity(e, text).ifPresent(fromEntities::add);
            }
        }
        found.addAll(fromEntities);
        found.sort(Comparator.comparing(Found::span));
        List<PlaceMention> places = resolver.resolve(found);
        return in.withPlaces(places);
    }

    /** A name going on after the recogniser's span with its Arabic article: "Qasr" of "Qasr al-Hajar". */
    private static final Pattern GOES_ON = Pattern.compile("^(?:[ -](?:al|el|as|ash|ad|ar|at|az|an)-|[ ](?:al|el) )\\p{Lu}");

    /** The recogniser's place, looked up by its text, then its canonical name, then by skeleton. */
    private Optional<Found> fromEntity(EntityMention e, String text) {
        if (GOES_ON.matcher(text.substring(e.span().end(), Math.min(text.length(), e.span().end() + 8))).find()) {
            return Optional.empty(); // the tagger cut the name short: its first word is no place of its own
        }
        for (String name : List.of(e.text(), e.canonical())) {
            String key = PlaceNames.key(name);
            List<Candidate> c = gazetteer.exact(key);
            if (!c.isEmpty()) {
                return Optional.of(new Found(e.span(), e.text(), c, true, false));
            }
        }
        String key = PlaceNames.key(e.text());
        List<Candidate> possessive = key.length() > 4 && key.endsWith("s")
                ? gazetteer.exact(key.substring(0, key.length() - 1)) : List.of();
        if (!possessive.isEmpty()) {
            // "Syrias", "Aleppos": a possessive whose apostrophe the source lost
            return Optional.of(new Found(e.span(), e.text(), possessive, true, false));
        }
        String skeleton = PlaceNames.skeleton(key);
        List<Candidate> c = key.length() < 5 || skeleton.length() < 2 ? List.of() : gazetteer.skeleton(skeleton);
        if (skeleton.length() < MIN_ENTITY_SKELETON) {
            c = c.stream().filter(x -> PlaceNames.key(x.place().name()).startsWith(key.substring(0, 1))).toList();
        }
        return c.isEmpty() ? Optional.empty() : Optional.of(new Found(e.span(), e.text(), c, false, false));
    }

    /** "the 50-km zone around X", when we hold a zone for X: a mention of that zone. */
    private List<Found> radiusZones(String text, TextSpan sentence, List<Found> inSentence) {
        List<Found> out = new ArrayList<>();
        Matcher m = RADIUS_ZONE.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            for (Found f : inSentence) {
                if (f.span().start() == m.end()) {
                    List<Candidate> zone = gazetteer.curatedExact(PlaceNames.key(f.surface()) + " zone");
                    if (!zone.isEmpty()) {
                        int end = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf("around", m.end());
                        while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
                            end--;
                        }
                        TextSpan s = new TextSpan(m.start(), end);
                        out.add(new Found(s, s.textOf(text), zone, true, false));
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> lowerWords(AnalyzedArticle in) {
        Set<String> out = new HashSet<>();
        String text = in.text();
        for (Sentence s : in.sentences()) {
            for (NameWords.Word w : NameWords.of(text, s.span().start(), s.span().end())) {
                if (Character.isLowerCase(w.text().charAt(0))) {
                    out.add(w.text());
                }
            }
        }
        return out;
    }
}
