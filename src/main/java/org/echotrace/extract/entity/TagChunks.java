package org.echotrace.extract.entity;

import org.echotrace.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Entities read out of IOB1 or IOB2 tags, with the datasets' type names mapped onto ours: CoNLL's
 * PER/ORG/LOC/MISC, re3d's Person/Organisation/Location and Nationality (a MISC in CoNLL's
 * guidelines). Other types (re3d's Temporal, Weapon, Money ...) have no CoNLL counterpart and read
 * as outside.
 *
 * <p>A chunk starts and ends where conlleval says it does: a {@code B-} tag, a type change, or an
 * {@code I-} after {@code O} starts one, so IOB1 and IOB2 files read alike.
 */
public final class TagChunks {
    private TagChunks() {
    }

    public static Optional<EntityType> typeOf(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON" -> Optional.of(EntityType.PERSON);
            case "ORG", "ORGANISATION", "ORGANIZATION" -> Optional.of(EntityType.ORGANISATION);
            case "LOC", "LOCATION", "GPE" -> Optional.of(EntityType.PLACE);
            case "MISC", "NATIONALITY", "NORP" -> Optional.of(EntityType.MISC);
            default -> Optional.empty();
        };
    }

    /** The tag with its type mapped ({@code B-Location} becomes {@code B-PLACE}); unmapped types become {@code O}. */
    public static String normalise(String tag) {
        if (tag.equals("O") || tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        return typeOf(tag.substring(2)).map(t -> tag.charAt(0) + "-" + t.name()).orElse("O");
    }

    public static List<Chunk> of(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        EntityType open = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? normalise(tags.get(i)) : "O";
            char kind = tag.charAt(0);
            EntityType type = kind == 'O' ? null : EntityType.valueOf(tag.substring(2));
            boolean starts = kind != 'O' && (kind == 'B' || kind == 'S' || type != open);
            if (open != null && (kind == 'O' || starts)) {
                out.add(new Chunk(start, i, open, 1));
                open = null;
            }
            if (starts) {
                start = i;
                open = type;
            }
        }
        return out;
    }

    /**
     * A gold entity without the lower-case words at its edges, or null when nothing capitalised is
     * left: re3d labels pronouns ("he", "they"), common nouns ("coalition forces") and determiners
     * ("the US military") as entities, which CoNLL's guidelines do not.
     */
    public static Chunk conllConventions(List<String> words, Chunk c) {
        int from = c.from();
        int to = c.to();
        while (from < to && lowerCase(words.get(from))) {
            from++;
        }
        while (to > from && lowerCase(words.get(to - 1))) {
            to--;
        }
        return from == to ? null : new Chunk(from, to, c.type(), c.score());
    }

    private static boolean lowerCase(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }
}
