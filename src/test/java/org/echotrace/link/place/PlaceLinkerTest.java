package org.echotrace.link.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.echotrace.extract.nlp.SentenceAnnotator;
import org.echotrace.model.AnalyzedArticle;
import org.echotrace.model.ArticleMetadata;
import org.echotrace.model.CleanArticle;
import org.echotrace.model.EntityMention;
import org.echotrace.model.EntityType;
import org.echotrace.model.GeoPrecision;
import org.echotrace.model.PlaceMention;
import org.echotrace.model.RawArticle;
import org.echotrace.model.Segment;
import org.echotrace.model.SegmentKind;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class PlaceLinkerTest {
    private static final PlaceLinker LINKER = new PlaceLinker();
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

    static AnalyzedArticle article(String text) {
        RawArticle raw = new RawArticle("t", "t.txt", text, "UTF-8", List.of());
        CleanArticle c = new CleanArticle(raw, List.of(new Segment(SegmentKind.BODY, 0, text.length())), ArticleMetadata.EMPTY);
        return SENTENCES.apply(AnalyzedArticle.of(c));
    }

    private static PlaceMention mention(AnalyzedArticle a, String text) {
        return a.places().stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + text + " in " + a.places()));
    }

    @Test
    void anAmbiguousTownResolvesToTheCountryTheArticleIsAbout() {
        AnalyzedArticle a = LINKER.apply(article("Troops moved from Homs to Palmyra. Fighting was reported near Deir ez-Zor in Syria."));
        assertEquals("SY", mention(a, "Palmyra").place().country().orElseThrow());
        AnalyzedArticle us = LINKER.apply(article("The fair moved from Rochester to Palmyra, New York, and on to Buffalo."));
        assertEquals("US", mention(us, "Palmyra").place().country().orElseThrow());
    }

    @Test
    void matchesTransliterationVariantsOfOneTown() {
        AnalyzedArticle a = LINKER.apply(article("Militants advanced from Rukban towards Al-Karatein in Homs province."));
        assertEquals("geonames:173361", mention(a, "Al-Karatein").place().id());
        assertEquals(GeoPrecision.REGION, mention(a, "Homs province").place().precision());
    }

    @Test
    void aZoneAroundAPlaceIsOurZone() {
        AnalyzedArticle a = LINKER.apply(article("The coalition keeps a 55-kilometer zone around al-Tanf in Syria."));
        assertEquals("curated:al-tanf-zone", mention(a, "55-kilometer zone").place().id());
        assertEquals("curated:al-tanf-garrison", mention(a, "al-Tanf").place().id());
    }

    @Test
    void aNameGoingOnWithItsArticleIsOneName() {
        AnalyzedArticle a = LINKER.apply(article("Convoys left Qasr al-Hajar for the front in Syria on Monday."));
        assertTrue(a.places().stream().noneMatch(p -> p.text().equals("Qasr") || p.text().equals("Hajar")),
                "not Al Qasr of Jordan, nor a Yemeni Hajar: " + a.places());
        AnalyzedArticle cut = LINKER.apply(article("Convoys left Qasr al-Hajar for the front in Syria on Monday.").withEntities(List.of(
                new EntityMention(new TextSpan(13, 17), "Qasr", EntityType.PLACE, "Qasr", 0.9))));
        assertTrue(cut.places().stream().noneMatch(p -> p.text().equals("Qasr")), "a recogniser's cut name neither: " + cut.places());
    }

    @Test
    void aCountryHasNoSpellingVariants() {
        AnalyzedArticle a = LINKER.apply(article("The first wheat cargo in five months left Kerran for Qadira on Tuesday."));
        assertTrue(a.places().stream().noneMatch(p -> p.place().precision() == GeoPrecision.COUNTRY), "Qadira is no Ecuador: " + a.places());
    }

    @Test
    void aPlaceNameInsideAnotherNameIsNoPlace() {
        AnalyzedArticle a = LINKER.apply(article("Fighters of the Quds Brigade met Yury Popov under the Geneva Convention in Syria."));
        assertTrue(a.places().stream().allMatch(p -> p.text().equals("Syria")), a.places().toString());
    }

    @Test
    void aRecognisersPeopleAreNeverPlacesAndItsPlacesAreLinked() {
        String text = "Aleppo Smith spoke in Damascus about the Tanf garrison.";
        AnalyzedArticle plain = article(text);
        AnalyzedArticle withEntities = plain.withEntities(List.of(
                new EntityMention(new TextSpan(0, 12), "Aleppo Smith", EntityType.PERSON, "Aleppo Smith", 0.9)));
        AnalyzedArticle a = LINKER.apply(withEntities);
        assertTrue(a.places().stream().noneMatch(p -> p.text().startsWith("Aleppo")), a.places().toString());
        assertEquals("SY", mention(a, "Damascus").place().country().orElseThrow());
    }

    @Test
    void anArticleWithoutSentencesHasNoPlaces() {
        assertEquals(List.of(), LINKER.apply(article("")).places());
    }
    @Test
    void englishWordsAreNoPlaces() {
        AnalyzedArticle a = LINKER.apply(article("We met at the Church on Monday. Date of publication: 4 October. Seven people said "
                + "an August visit to Aleppo was planned as Syria reopened its border."));
        assertTrue(a.places().stream().allMatch(p -> p.text().equals("Aleppo") || p.text().equals("Syria")), a.places().toString());
        assertEquals("SY", mention(a, "Syria").place().country().orElseThrow(), "'as' before Syria is English, no Arabic article");
    }

    @Test
    void aPossessiveWhoseApostropheWasLostIsStillThePlace() {
        AnalyzedArticle a = LINKER.apply(article("Air strikes hit Syrias north and Aleppos eastern districts on Monday."));
        assertEquals("curated:country-sy", mention(a, "Syrias").place().id());
        assertEquals("SY", mention(a, "Aleppos").place().country().orElseThrow());
    }

    @Test
    void everyCountryStateAndContinentIsOurs() {
        AnalyzedArticle a = LINKER.apply(article("Delegates from Poland, India and Cuba flew from Europe to Texas and Florida."));
        assertEquals("curated:country-pl", mention(a, "Poland").place().id());
        assertEquals("curated:country-in", mention(a, "India").place().id());
        assertEquals("curated:country-cu", mention(a, "Cuba").place().id());
        assertEquals("curated:europe", mention(a, "Europe").place().id());
        assertEquals("curated:us-state-texas", mention(a, "Texas").place().id());
        assertEquals("Florida", mention(a, "Florida").place().admin1().orElseThrow());
    }

    @Test
    void spellingVariantsAreSoughtOnlyWhereNamesAreTransliterated() {
        assertTrue(new Gazetteer(CuratedGazetteer.get(), GeoNamesIndex.get()).skeleton(PlaceNames.skeleton(PlaceNames.key("Biden")))
                .stream().allMatch(c -> c.curated() || c.place().country().filter(Gazetteer.TRANSLITERATED::contains).isPresent()));
        AnalyzedArticle a = LINKER.apply(article("Militants advanced from Rukban towards Al-Karatein in Syria."));
        assertEquals("geonames:173361", mention(a, "Al-Karatein").place().id(), "a Syrian town's variant is still found");
    }
    @Test
    void aGreatCitysNameIsTheCityEvenAmongItsNamesakesCountry() {
        AnalyzedArticle a = LINKER.apply(article("Officials in Washington said the United States would answer. The White House "
                + "and the US Congress met as Damascus denied the attack."));
        assertEquals("SY", mention(a, "Damascus").place().country().orElseThrow(), "not Damascus, Maryland, near Washington");
    }
    @Test
    void aTownsOtherNamesNeedTheArticlesCountry() {
        AnalyzedArticle syria = LINKER.apply(article("Troops advanced from Homs towards Palmyra on Monday."));
        assertEquals("SY", mention(syria, "Palmyra").place().country().orElseThrow(), "Tadmur bears it as another name");
        AnalyzedArticle italy = LINKER.apply(article("The exhibition moved from Rome to Venice and Milan in the spring."));
        assertEquals("IT", mention(italy, "Venice").place().country().orElseThrow(), "not Dayton, which bears it as another name");
        assertEquals("IT", mention(italy, "Milan").place().country().orElseThrow(), "not Syracuse");
        assertEquals("IT", mention(italy, "Rome").place().country().orElseThrow(), "not Lomé");
    }

    @Test
    void aCommonWordThatOnlyAnotherNameOfATownBearsIsNoPlace() {
        AnalyzedArticle a = LINKER.apply(article("Reporters said Google and Duke had met in Kansas."));
        assertTrue(a.places().stream().noneMatch(p -> p.text().equals("Google") || p.text().equals("Duke")), a.places().toString());
        AnalyzedArticle old = LINKER.apply(article("The delegation flew in from Peking on Monday."));
        assertEquals("CN", mention(old, "Peking").place().country().orElseThrow(), "a great city's old name is still the city");
    }

    @Test
    void usStatesAndTheUksNationsAreNamedAsSuch() {
        AnalyzedArticle a = LINKER.apply(article("Protesters marched in Los Angeles and in London on Saturday."));
        assertEquals("California", mention(a, "Los Angeles").place().admin1().orElseThrow(), "not its seat, Sacramento");
        assertEquals("England", mention(a, "London").place().admin1().orElseThrow());
    }
}
