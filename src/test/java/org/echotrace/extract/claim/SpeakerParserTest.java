package org.echotrace.extract.claim;

import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SpeakerParserTest {
    private static Speaker parse(String phrase) {
        return SpeakerParser.parse(phrase, new TextSpan(0, phrase.length()));
    }

    @Test
    void aTitledNameBeforeItsOrganisationIsSplitIntoNameRoleAndOrganisation() {
        Speaker s = parse("Russian Defense Ministry spokesman Major-General Igor Konashenkov");
        assertEquals("Igor Konashenkov", s.name());
        assertEquals(SpeakerKind.PERSON, s.kind());
        assertEquals(Optional.of("Russian Defense Ministry"), s.organisation());
    }

    @Test
    void generalBeforeAnOrganisationsHeadIsPartOfItsNameNotARank() {
        Speaker s = parse("Russian General Staff");
        assertEquals("Russian General Staff", s.name());
        assertEquals(SpeakerKind.ORGANISATION, s.kind());
        assertEquals("Yury Popov", parse("Russian Center for Reconciliation Major General Yury Popov").name());
    }

    @Test
    void aGroupWhereItIsOpeningItsSentenceIsTheWholeGroupNotAPerson() {
        for (String group : List.of("Rebels in Aleppo", "Activists in Douma", "Residents of Homs", "Extremists in Syria")) {
            Speaker s = parse(group);
            assertEquals(group, s.name());
            assertEquals(SpeakerKind.ORGANISATION, s.kind(), group);
        }
        assertEquals("Rami Abdel Rahman", parse("Rami Abdel Rahman in London").name());
        assertEquals("Sergei Lavrov", parse("Russian Foreign Minister Sergei Lavrov on Monday").name());
        assertEquals("Pope Francis", parse("Pope Francis Sunday").name());
    }

    @Test
    void officialsOfSeveralNationsKeepTheirWholeDescription() {
        Speaker s = parse("Syrian and Russian officials");
        assertEquals("Syrian and Russian officials", s.name());
        assertEquals(SpeakerKind.ORGANISATION, s.kind());
    }

    @Test
    void aStateStaysItsName() {
        assertEquals("U.S.", parse("The U.S.").name());
        assertEquals("Russia", parse("Russia").name());
    }

    @Test
    void footageAndFiguresWithNoAuthorAreEvidence() {
        assertEquals(SpeakerKind.EVIDENCE, parse("Video footage posted to social media on May 16").kind());
        assertEquals(SpeakerKind.EVIDENCE, parse("Satellite images of the base").kind());
        assertEquals(SpeakerKind.EVIDENCE, parse("A new poll").kind());
        assertEquals(SpeakerKind.EVIDENCE, parse("The leaked video").kind());
        assertEquals(SpeakerKind.EVIDENCE, parse("Drone footage uploaded to YouTube").kind());
        assertEquals("Video footage posted to social media on May 16", parse("Video footage posted to social media on May 16").name());
    }

    @Test
    void aDocumentWithItsAuthorNamedSpeaksForTheAuthor() {
        Speaker s = parse("data from the Syrian Observatory for Human Rights");
        assertEquals(SpeakerKind.ORGANISATION, s.kind());
        assertEquals("Syrian Observatory for Human Rights", s.name());
        assertEquals(SpeakerKind.PERSON, parse("Major-General Igor Konashenkov").kind());
        assertEquals(SpeakerKind.ORGANISATION, parse("Russian officials, citing satellite images").kind());
        assertNotEquals(SpeakerKind.EVIDENCE, parse("President Vladimir Putin's video").kind());
    }

    @Test
    void aCapitalisedQualifierBeforeALowerCaseHeadIsPartOfTheSpeakerNotTheSpeaker() {
        Speaker army = parse("Aldorian army");
        assertEquals("Aldorian army", army.name());
        assertEquals(SpeakerKind.ORGANISATION, army.kind());
        Speaker governor = parse("the Qadira governor");
        assertEquals("Qadira governor", governor.name());
        assertEquals(SpeakerKind.PERSON, governor.kind());
        assertEquals("Karvonian state television", parse("Karvonian state television").name());
        assertEquals("Karvonian officials", parse("Karvonian officials").name());
    }

    @Test
    void aTitleBeforeTheNameEndsTheOrganisationAndAPortfolioIsPartOfTheRole() {
        Speaker head = parse("Head of the Karvonian Center for Reconciliation Major General Oleg Marin");
        assertEquals("Oleg Marin", head.name());
        assertEquals(Optional.of("Karvonian Center for Reconciliation"), head.organisation());
        Speaker minister = parse("Minister of Foreign Affairs Ivan Vetrov");
        assertEquals("Ivan Vetrov", minister.name(), "'Affairs' is the portfolio");
        assertEquals(SpeakerKind.PERSON, minister.kind());
    }

    @Test
    void aFirstNameInIIsNoNationality() {
        Speaker s = parse("Karvonian Foreign Minister Sergei Vetrov");
        assertEquals("Sergei Vetrov", s.name());
        assertEquals(SpeakerKind.PERSON, s.kind(), "'Sergei' is not a demonym like 'Iraqi'");
        assertEquals(SpeakerKind.ORGANISATION, parse("Saudi officials").kind());
    }

    @Test
    void aRoleAndWhereItIsNamesNobodyByThePlace() {
        Speaker source = parse("a source in Qadira province");
        assertEquals("source in Qadira province", source.name(), "not a person called Qadira");
        assertEquals(SpeakerKind.PERSON, source.kind());
        Speaker forces = parse("the Karvonian forces in Qadira");
        assertEquals("Karvonian forces in Qadira", forces.name());
        assertEquals(SpeakerKind.ORGANISATION, forces.kind());
    }
    @Test
    void aMediumsKindBeforeItsNameIsItsRole() {
        Speaker s = parse("State news agency SANA");
        assertEquals("SANA", s.name());
        assertEquals(java.util.Optional.of("State news agency"), s.role());
    }

    @Test
    void anAcronymInBracketsRepeatsTheName() {
        Speaker s = parse("The Syrian Observatory for Human Rights (SOHR)");
        assertEquals("Syrian Observatory for Human Rights", s.name());
        assertEquals(java.util.Optional.empty(), s.role());
    }

    @Test
    void anAcronymInBracketsAfterADescriptionNamesWhatWasDescribed() {
        assertEquals("UNICEF", parse("The UN children's agency (UNICEF)").name());
    }

    @Test
    void whereABodyIsBasedIsNoPartOfItsName() {
        assertEquals("Syrian Observatory for Human Rights", parse("The Britain-based Syrian Observatory for Human Rights").name());
    }

    @Test
    void aNameEndingInItsParticleIsNoReference() {
        assertTrue(SpeakerParser.isReference("the tribe's head"));
        org.junit.jupiter.api.Assertions.assertFalse(SpeakerParser.isReference("The head of the tribe Sheikh Rafi al-Qudsi"));
        assertTrue(SpeakerParser.isReference("the market in Maaret al-Numan"), "a place's particle, no titled name");
    }

    @Test
    void anIndefiniteArticleIsNoPartOfTheRole() {
        assertEquals(java.util.Optional.of("correspondent"), parse("an AFP correspondent").role());
    }

    @Test
    void twoWhoSpeakTogetherAreOneSpeakerNamedByBoth() {
        Speaker pair = parse("Obama and Kerry");
        assertEquals("Obama and Kerry", pair.name(), "not 'Obama Kerry' with the role 'and'");
        assertEquals(SpeakerKind.PERSON, pair.kind());
        assertEquals("Karvonian Defence Ministry and Qadira Media Center",
                parse("Both the Karvonian Defence Ministry and the Qadira Media Center").name());
        Speaker titled = parse("Karvonian Foreign Minister Ivo Marek and Aldorian Defence Minister Lena Varga");
        assertEquals("Ivo Marek and Lena Varga", titled.name(), "each by name, without the titles");
        assertTrue(titled.role().isEmpty());
        assertEquals(SpeakerKind.ORGANISATION, parse("National Snow and Ice Data Centre").kind(), "one body with 'and' in its name");
    }

    @Test
    void oneTitleWithAnAndIsNoPair() {
        Speaker roles = parse("Comedian and Fox News contributor Tom Shillue");
        assertEquals("Tom Shillue", roles.name(), "one person's two roles");
        assertEquals(java.util.Optional.of("Comedian and contributor"), roles.role());
        assertEquals("Brandon J Weichert", parse("Geopolitical and space expert Brandon J Weichert").name());
        assertFalse(JointSpeakers.isJoint(parse("Minister for Economic Affairs and Climate Action Robert Habeck")),
                "a portfolio's 'and'");
    }

    @Test
    void aRunOnPhraseIsNoPair() {
        assertFalse(parse("ISIS positions in northern Syria and Iraq Press TV").name().contains(" and "), "a place, then the speaker");
        assertFalse(parse("areas on Tuesday and Wednesday SOHR head Rami Abdel Rahman").name().contains(" and "), "two days");
        assertFalse(parse("chemical weapons and Western nations").name().startsWith("chemical"), "no name on the left");
    }

    @Test
    void anAgeIsNoRoleNorName() {
        Speaker comma = parse("Timur, 37");
        assertEquals("Timur", comma.name());
        assertTrue(comma.role().isEmpty(), comma.toString());
        assertEquals("Ahmed", parse("Ahmed 24").name(), "an age after a lost comma");
        assertEquals("Fox 5", parse("Fox 5").name(), "a station's number");
        assertEquals("Homs governor", parse("Fri 07 Apr 2017 at 0914 Homs governor").name(), "a dateline's numbers");
    }

    @Test
    void aPossessiveNamesItsOwner() {
        assertEquals("WHO", parse("the WHO's").name());
        assertEquals("Lord Lawson", parse("Lord Lawson’s").name());
        assertEquals("Hersh", parse("Hersh’s report").name(), "the owner of what speaks");
    }

    @Test
    void aHeadRightAfterAHeadIsMoreOfTheName() {
        assertEquals("Qadira Media Center", parse("The Qadira Media Center").name(), "not 'Center' of 'Qadira Media'");
        Speaker command = parse("the Syrian Arab Army General Command");
        assertEquals("Syrian Arab Army General Command", command.name());
        assertEquals(SpeakerKind.ORGANISATION, command.kind());
    }

    @Test
    void anOpeningDeterminerOrQuantifierNamesNobody() {
        assertEquals("Nov. 29 report", parse("A Nov. 29 report").name());
        assertEquals("One civil defence volunteer", parse("One civil defence volunteer").name());
        for (String phrase : List.of("A Nov. 29 report", "One civil defence volunteer", "Some lawmakers", "Many residents")) {
            Speaker s = parse(phrase);
            assertNotEquals(SpeakerKind.PERSON, s.kind(), phrase + " -> " + s);
            assertFalse(List.of("A", "One", "Some", "Many").contains(s.name()), phrase + " -> " + s);
        }
        assertEquals("Senate", parse("A recent Senate inquiry").name());
    }

    @Test
    void aNameThenItsDescriptionWithoutTheCommaIsTheName() {
        Speaker s = parse("Ammar al-Selmo the head of the Civil Defense rescue service in opposition-held eastern Aleppo");
        assertEquals("Ammar al-Selmo", s.name());
        assertEquals(SpeakerKind.PERSON, s.kind());
        Speaker r = parse("Rami Abdel Rahman the head of the Syrian Observatory for Human Rights");
        assertEquals("Rami Abdel Rahman", r.name());
        assertEquals(Optional.of("Syrian Observatory for Human Rights"), r.organisation());
        assertEquals(Optional.of("head"), r.role());
    }

    @Test
    void aDocumentIssuedByABodySpeaksForTheBody() {
        assertEquals("Syrian Network for Human Rights", parse("A recent report issued by the Syrian Network for Human Rights").name());
    }

    @Test
    void westernPowersAreAGroupNotAPersonCalledWestern() {
        Speaker s = parse("Western powers");
        assertEquals("Western powers", s.name());
        assertEquals(SpeakerKind.ORGANISATION, s.kind());
    }

    @Test
    void aRoleOfABodyThenANameIsThePerson() {
        Speaker s = parse("the head of the Britain-based monitoring group Rami Abdel Rahman");
        assertEquals("Rami Abdel Rahman", s.name());
        assertEquals(Optional.of("head"), s.role());
        assertEquals(Optional.of("Britain-based monitoring group"), s.organisation());
        assertEquals("representative of the Russian forces in Syria", parse("a representative of the Russian forces in Syria").name());
    }

    @Test
    void aNamesLowerCaseParticleOpensOrContinuesTheName() {
        assertEquals("al-Mayadeen TV", parse("The Lebanon-based al-Mayadeen TV").name());
        assertEquals("al-Masdar News", parse("The pro-regime website al-Masdar News").name());
        assertEquals("Local Coordination Committee of Deir al-Adas", parse("The opposition Local Coordination Committee of Deir al-Adas").name());
        assertEquals("Ammar al-Selmo", parse("Ammar al-Selmo").name());
        assertEquals("Western-drafted resolution", parse("a Western-drafted resolution").name(), "an affiliation is no name");
    }

    @Test
    void aBracketedAcronymAfterADescriptionReplacesTheDescription() {
        assertEquals("UNICEF", parse("The UN Childrens agency (UNICEF)").name());
        assertEquals(Optional.of("UNICEF"), parse("A spokesman for the UN children's agency (UNICEF)").organisation());
        assertEquals("Syrian Observatory for Human Rights", parse("The Syrian Observatory for Human Rights (SOHR)").name());
    }
    @Test
    void aQualifierBeforeRoleWordsIsNoPartOfTheNameThatFollowsThem() {
        // name, kind, organisation of wire copy's "<qualifier> <role> <Name>"
        String[][] cases = {
                {"Karvonia campaign manager Ivo Marek", "Ivo Marek", "PERSON", "Karvonia"},
                {"Aldoria's defence ministry spokesman Lena Varga", "Lena Varga", "PERSON", "Aldoria"},
                {"KHR head Omar Fadel", "Omar Fadel", "PERSON", "KHR"},
                {"Karvonian opposition leader Samir Haddad", "Samir Haddad", "PERSON", "Karvonian"},
                {"Vetrov spokesman Brian Kale", "Brian Kale", "PERSON", "Vetrov"},
                {"Aldoria's state news agency ANA", "ANA", "MEDIA", null},
                {"Karvonian state news agency KNA", "KNA", "MEDIA", null},
                {"the UN's Marco de Lanza", "Marco de Lanza", "PERSON", "UN"},
                {"The Aldorian military's regional command ALCOM", "ALCOM", "ORGANISATION", null},
        };
        for (String[] c : cases) {
            Speaker s = parse(c[0]);
            assertEquals(c[1], s.name(), c[0]);
            assertEquals(SpeakerKind.valueOf(c[2]), s.kind(), c[0]);
            assertEquals(Optional.ofNullable(c[3]), s.organisation(), c[0]);
        }
        assertEquals(SpeakerKind.ORGANISATION, parse("the UN relief agency KRA").kind(), "an agency, not a news agency");
        assertEquals(SpeakerKind.ORGANISATION, parse("The United Nations").kind(), "a group's plural head ends the name");
        // a link word or a name's loose particle keeps the run whole, as before
        assertEquals("Yusuf al Qadiri", parse("Qadira cleric Yusuf al Qadiri").name());
        assertNotEquals("Qadira Crisis", parse("Ivo Marek coordinator for the Qadira Crisis").name());
    }

    @Test
    void aDescriptionOpenedByACapitalisedAdjectiveSpeaksWhole() {
        String[][] cases = {
                {"Karvonian activist groups", "Karvonian activist groups"},
                {"State media", "State media"},
                {"Local sources in the city", "Local sources in the city"},
                {"Medical sources at the hospital", "Medical sources at the hospital"},
                {"Local police officers", "Local police officers"},
                {"Karvonian military source on Tuesday", "Karvonian military source"},
                {"Karvonian state TV", "Karvonian TV"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], parse(c[0]).name(), c[0]);
        }
    }

    @Test
    void aNameAfterABodysKindNamesTheBody() {
        for (String[] c : new String[][] {{"the Qadiran movement Hizb al-Nur", "Hizb al-Nur"},
                {"rights group Karvan Rights Watch", "Karvan Rights Watch"}, {"the rebel group Jaish al-Karvan", "Jaish al-Karvan"}}) {
            Speaker s = parse(c[0]);
            assertEquals(c[1], s.name(), c[0]);
            assertEquals(SpeakerKind.ORGANISATION, s.kind(), c[0]);
        }
    }
}
