package org.echotrace.link.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echotrace.model.EntityMention;
import org.echotrace.model.EntityType;
import org.echotrace.model.TextSpan;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    private static final EntityLinker LINKER = new EntityLinker();

    /** Mentions of every occurrence of each name in the text, in text order. */
    private static List<EntityMention> mentions(String text, Object... nameAndType) {
        List<EntityMention> out = new ArrayList<>();
        for (int k = 0; k < nameAndType.length; k += 2) {
            String name = (String) nameAndType[k];
            int at = text.indexOf(name);
            while (at >= 0) {
                out.add(new EntityMention(new TextSpan(at, at + name.length()), name, (EntityType) nameAndType[k + 1], name, 0.9));
                at = text.indexOf(name, at + name.length());
            }
        }
        out.sort(java.util.Comparator.comparing(EntityMention::span));
        return out;
    }

    private static String canonicalOf(List<EntityMention> linked, String text) {
        return linked.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().canonical();
    }

    @Test
    void theAliasesOfIsisShareOneCanonicalName() {
        String text = "Daesh lost ground. ISIL fighters fled, the Islamic State said, and IS denied it.";
        List<EntityMention> linked = LINKER.link(text, mentions(text, "Daesh", EntityType.ORGANISATION,
                "ISIL", EntityType.ORGANISATION, "Islamic State", EntityType.ORGANISATION, "IS", EntityType.ORGANISATION));
        assertTrue(linked.stream().allMatch(m -> m.canonical().equals("ISIS")), linked.toString());
    }

    @Test
    void anAcronymTakesItsExpansionFromTheSameText() {
        String text = "The Kurdish Peshmerga Liberation Front (KPLF) said. Later the KPLF denied it.";
        List<EntityMention> linked = LINKER.link(text, mentions(text,
                "Kurdish Peshmerga Liberation Front", EntityType.ORGANISATION, "KPLF", EntityType.ORGANISATION));
        assertTrue(linked.stream().allMatch(m -> m.canonical().equals("Kurdish Peshmerga Liberation Front")), linked.toString());
    }

    @Test
    void aSurnameJoinsThePersonNamedInFull() {
        String text = "Major-General Igor Konashenkov said so. Konashenkov added more.";
        List<EntityMention> linked = LINKER.link(text, mentions(text, "Igor Konashenkov", EntityType.PERSON));
        List<EntityMention> all = new ArrayList<>(linked);
        int at = text.lastIndexOf("Konashenkov");
        all.add(new EntityMention(new TextSpan(at, at + 11), "Konashenkov", EntityType.PERSON, "Konashenkov", 0.9));
        List<EntityMention> again = LINKER.link(text, all);
        assertTrue(again.stream().allMatch(m -> m.canonical().equals("Igor Konashenkov")), again.toString());
    }

    @Test
    void unseenTransliterationsOfOnePlaceMeet() {
        String text = "Fighting near Ain al-Arab, also written Ayn el-Arab, and Ain Al Arab.";
        List<EntityMention> linked = LINKER.link(text, mentions(text, "Ain al-Arab", EntityType.PLACE,
                "Ayn el-Arab", EntityType.PLACE, "Ain Al Arab", EntityType.PLACE));
        assertEquals(1, linked.stream().map(EntityMention::canonical).distinct().count(), linked.toString());
    }

    @Test
    void theIssuesAliasPairsLinkEvenWithoutTheTable() {
        assertTrue(LINKER.sameName("al-Tanf", "At Tanf"));
        assertTrue(LINKER.sameName("Deir ez-Zor", "Deir Ezzor"));
        assertTrue(LINKER.sameName("Russian Defence Ministry", "Russian Defense Ministry"));
        assertTrue(LINKER.sameName("Russian Aerospace Forces", "VKS"));
        assertTrue(LINKER.sameName("Russian MoD", "Russian Defence Ministry"));
        assertTrue(LINKER.sameName("al-Qaryatayn", "Al-Karatein"));
        assertTrue(LINKER.sameName("Mayadin", "Mayadeen"));
    }

    @Test
    void differentNamesStayApart() {
        assertTrue(!LINKER.sameName("Homs", "Hama"));
        assertTrue(!LINKER.sameName("Syrian Arab Army", "Free Syrian Army"));
        assertTrue(!LINKER.sameName("Igor Konashenkov", "Yury Popov"));
        assertTrue(!LINKER.sameName("Raqqa", "Daraa"));
    }

    @Test
    void theCorpusGroupsCanonicalNamesAcrossArticles() {
        String a = "Deir Ezzor was hit. The VKS struck.";
        String b = "In Deir ez-Zor the Russian Aerospace Forces struck.";
        List<CanonicalEntity> entities = LINKER.group(Map.of(
                "b", LINKER.link(b, mentions(b, "Deir ez-Zor", EntityType.PLACE, "Russian Aerospace Forces", EntityType.ORGANISATION)),
                "a", LINKER.link(a, mentions(a, "Deir Ezzor", EntityType.PLACE, "VKS", EntityType.ORGANISATION))));
        assertEquals(2, entities.size(), entities.toString());
        CanonicalEntity deir = entities.stream().filter(e -> e.type() == EntityType.PLACE).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), deir.articles());
        assertTrue(deir.aliases().containsAll(List.of("Deir Ezzor", "Deir ez-Zor")), deir.toString());
        CanonicalEntity vks = entities.stream().filter(e -> e.type() == EntityType.ORGANISATION).findFirst().orElseThrow();
        assertEquals("Russian Aerospace Forces", vks.name());
        assertNotEquals(deir.name(), vks.name());
    }
}
