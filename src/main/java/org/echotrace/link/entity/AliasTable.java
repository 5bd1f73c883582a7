package org.echotrace.link.entity;

import org.echotrace.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aliases that no spelling rule can derive (translations, acronyms of foreign names, nicknames):
 * ISIS is also "Daesh", the Russian Aerospace Forces are "VKS". Our own short list; everything a
 * rule can derive (al-Tanf / At Tanf, Deir ez-Zor / Deir Ezzor) is left to {@link NameKey}.
 */
final class AliasTable {
    record Entry(String canonical, EntityType type, List<String> aliases) {
    }

    static final List<Entry> STANDARD = List.of(
            new Entry("ISIS", EntityType.ORGANISATION, List.of("ISIL", "IS", "Islamic State", "Daesh", "Da'ish",
                    "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "Islamic State group")),
            new Entry("Russian Defence Ministry", EntityType.ORGANISATION, List.of("Russian MoD", "Russian Defense Ministry",
                    "Russian Ministry of Defence", "Ministry of Defence of the Russian Federation", "Russian military ministry")),
            new Entry("Russian Aerospace Forces", EntityType.ORGANISATION, List.of("VKS", "Russian Aerospace Force",
                    "Russian Air and Space Forces", "Russian Air Force")),
            new Entry("Russian Reconciliation Center", EntityType.ORGANISATION, List.of("Russian Center for Reconciliation",
                    "Reconciliation Center", "Center for Reconciliation of Opposing Parties", "Russian Reconciliation Centre for Syria")),
            new Entry("Hayat Tahrir al-Sham", EntityType.ORGANISATION, List.of("HTS", "Tahrir al-Sham", "Hay'at Tahrir al-Sham")),
            new Entry("Jabhat al-Nusra", EntityType.ORGANISATION, List.of("al-Nusra Front", "Nusra Front", "Jabhat Fateh al-Sham", "al-Nusra")),
            new Entry("al-Qaeda", EntityType.ORGANISATION, List.of("al-Qaida", "Al Qaeda", "AQ")),
            new Entry("Syrian Arab Army", EntityType.ORGANISATION, List.of("SAA", "Syrian army", "Syrian government troops")),
            new Entry("Syrian Democratic Forces", EntityType.ORGANISATION, List.of("SDF")),
            new Entry("Free Syrian Army", EntityType.ORGANISATION, List.of("FSA")),
            new Entry("United States", EntityType.PLACE, List.of("US", "U.S.", "USA", "U.S.A.", "United States of America")),
            new Entry("Russia", EntityType.PLACE, List.of("Russian Federation")),
            new Entry("Syria", EntityType.PLACE, List.of("Syrian Arab Republic")),
            new Entry("United Kingdom", EntityType.PLACE, List.of("UK", "U.K.", "Britain", "Great Britain")),
            new Entry("al-Qaryatayn", EntityType.PLACE, List.of("Al-Karatein", "Qaryatain")),
            new Entry("Deir ez-Zor", EntityType.PLACE, List.of("Deir Ezzor", "Deir al-Zour", "Dayr az-Zawr")),
            new Entry("al-Tanf", EntityType.PLACE, List.of("At Tanf", "Al-Tanf")),
            new Entry("TASS", EntityType.ORGANISATION, List.of("ITAR-TASS", "TASS news agency")),
            new Entry("Pentagon", EntityType.ORGANISATION, List.of("US Department of Defense", "US Defense Department", "DoD")));

    private final Map<String, Entry> byKey = new HashMap<>();

    AliasTable(List<Entry> entries) {
        for (Entry e : entries) {
            byKey.put(NameKey.of(e.canonical()), e);
            for (String a : e.aliases()) {
                byKey.put(NameKey.of(a), e);
            }
        }
    }

    /** The entry a name is an alias of, under its key ("Islamic State" and "islamic-state" alike). */
    Optional<Entry> find(String name) {
        return Optional.ofNullable(byKey.get(NameKey.of(name)));
    }
}
