package org.echotrace.extract.entity;

import org.echotrace.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of the conflict domain, of our own choosing, that a tagger trained on 1990s Reuters news and
 * Wikipedia cannot know: armed groups and their acronyms, the Russian military's bodies, Syrian
 * places, the agencies that relay their statements.
 */
final class Gazetteer {
    private static final List<String> ORGANISATIONS = List.of(
            "ISIS", "ISIL", "Daesh", "Islamic State", "Hayat Tahrir al-Sham", "Tahrir al-Sham", "HTS",
            "Jabhat al-Nusra", "Nusra Front", "al-Nusra Front", "Jabhat Fateh al-Sham", "al-Qaeda", "al-Qaida",
            "Hezbollah", "Hizbullah", "Ahrar al-Sham", "Jaysh al-Islam", "Maghawir al-Thawra", "Quds Brigade",
            "Liwa al-Quds", "Kataib Hezbollah", "Wagner Group", "Syrian Arab Army", "Syrian Democratic Forces", "SDF",
            "YPG", "PKK", "Free Syrian Army", "White Helmets", "IRGC", "Popular Mobilization Forces",
            "Russian Aerospace Forces", "Russian Aerospace Force", "VKS", "Russian Defence Ministry", "Russian MoD",
            "Russian Defense Ministry", "Russian Ministry of Defence", "Russian Ministry of Defense",
            "Russian Reconciliation Center", "Russian Reconciliation Centre", "Russian Center for Reconciliation",
            "Russian Centre for Reconciliation", "Center for Reconciliation of Opposing Parties", "CENTCOM", "Pentagon",
            "TASS", "RIA Novosti", "Sputnik", "SANA", "Interfax", "Syrian Observatory for Human Rights", "OPCW", "UNHCR");
    private static final List<String> PLACES = List.of(
            "al-Tanf", "At Tanf", "At-Tanf", "Rukban", "Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Abu Kamal",
            "Albukamal", "al-Bukamal", "al-Sukhnah", "Sukhnah", "al-Qaryatayn", "Qaryatayn", "Al-Karatein", "Palmyra",
            "Tadmur", "Homs", "Idlib", "Raqqa", "Aleppo", "Damascus", "Latakia", "Hama", "Daraa", "Quneitra", "Hasakah",
            "Qamishli", "Manbij", "Afrin", "Kobani", "Hmeimim", "Khmeimim", "Tartus", "Euphrates", "al-Mayadin", "Mayadeen");

    static final Map<String, EntityType> NAMES = build();
    private static final java.util.Set<String> OPENINGS = openings();

    private Gazetteer() {
    }

    private static Map<String, EntityType> build() {
        Map<String, EntityType> m = new HashMap<>();
        ORGANISATIONS.forEach(n -> m.put(letters(n), EntityType.ORGANISATION));
        PLACES.forEach(n -> m.put(letters(n), EntityType.PLACE));
        return Map.copyOf(m);
    }

    private static java.util.Set<String> openings() {
        java.util.Set<String> out = new java.util.HashSet<>();
        NAMES.keySet().forEach(k -> out.add(k.substring(0, Math.min(2, k.length()))));
        return java.util.Set.copyOf(out);
    }

    /** Whether a gazetteer name can start with this word (its first two letters open one); a cheap filter. */
    static boolean mayStart(String word) {
        String l = letters(word);
        return !l.isEmpty() && OPENINGS.contains(l.substring(0, Math.min(2, l.length())));
    }

    /** A name's letters and digits in lower case: "Hay'at Tahrir al-Sham" is "hayattahriralsham". */
    static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
