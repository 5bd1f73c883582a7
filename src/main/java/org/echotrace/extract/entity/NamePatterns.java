package org.echotrace.extract.entity;

import org.echotrace.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the tagger's chunks are corrected with: a gazetteer of conflict-domain names the news data
 * never taught it (armed groups, the Russian military's bodies, Syrian places, news agencies), and
 * the pattern "title, then capitalised words" for people ("Maj. Gen. Igor Konashenkov").
 *
 * <p>Design decision: the gazetteer overrides the model where they overlap, because its names are
 * unambiguous in this domain ("Hayat Tahrir al-Sham" is a group, whatever its words look like); a
 * model chunk of the same type that starts with a gazetteer name and goes on with capitalised words
 * is kept (it read a longer name); one that adds words before it ("Kurdish Syrian Democratic
 * Forces") gives way, as CoNLL leaves such modifiers out.
 * Names are matched on their letters with the spaces removed, so a tokenizer splitting "Hay'at"
 * differently still matches.
 */
public final class NamePatterns {
    private static final int LONGEST = 7;
    private static final Set<String> WEAK_TITLES = Set.of("chief", "deputy", "leader", "director", "rear", "prime",
            "colleague", "analyst", "journalist", "correspondent", "coach", "striker", "midfielder", "defender",
            "goalkeeper", "justice", "general", "major", "secretary", "minister", "king", "queen", "prince");

    private static final Set<String> ARTICLES = Set.of("the", "The", "a", "an");

    private final Map<String, EntityType> gazetteer;
    private final boolean titles;

    private NamePatterns(Map<String, EntityType> gazetteer, boolean titles) {
        this.gazetteer = gazetteer;
        this.titles = titles;
    }

    public static NamePatterns standard() {
        return new NamePatterns(Gazetteer.NAMES, true);
    }

    /** The model's chunks unchanged (for measuring the model alone). */
    public static NamePatterns none() {
        return new NamePatterns(Map.of(), false);
    }

    List<Chunk> apply(List<String> words, List<String> pos, List<Chunk> model) {
        if (gazetteer.isEmpty() && !titles) {
            return model;
        }
        boolean upper = DocumentContext.mostlyUpperCase(words);
        List<Chunk> out = new ArrayList<>(model);
        out.replaceAll(c -> trimmed(words, c));
        out.removeIf(c -> c == null);
        for (Chunk g : gazetteerChunks(words)) {
            boolean inside = out.stream().anyMatch(c -> c.type() == g.type() && c.from() == g.from() && g.to() <= c.to()
                    && capitalisedAt(words, c.to() - 1));
            if (!inside) {
                out.removeIf(c -> c.from() < g.to() && g.from() < c.to());
                out.add(g);
            }
        }
        if (titles && !upper) {
            for (Chunk p : titledPeople(words, pos)) {
                boolean covered = out.stream().anyMatch(c -> c.from() < p.to() && p.from() - 1 < c.to()
                        && (c.type() == EntityType.PERSON || c.from() < p.from()));
                if (!covered) {
                    out.removeIf(c -> c.from() < p.to() && p.from() < c.to());
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparingInt(Chunk::from));
        return out;
    }

    /** A chunk without its leading article ("the US military" is "US military"), or null if nothing is left. */
    private static Chunk trimmed(List<String> words, Chunk c) {
        int from = c.from();
        while (from < c.to() && ARTICLES.contains(words.get(from))) {
            from++;
        }
        return from == c.from() ? c : from == c.to() ? null : new Chunk(from, c.to(), c.type(), c.score());
    }

    private static boolean capitalisedAt(List<String> words, int i) {
        String w = words.get(i);
        return !w.isEmpty() && !Character.isLowerCase(w.charAt(0));
    }

    /** Longest gazetteer matches, left to right, never overlapping; each must hold a capital letter. */
    private List<Chunk> gazetteerChunks(List<String> words) {
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!Gazetteer.mayStart(words.get(i))) {
                i++;
                continue;
            }
            StringBuilder joined = new StringBuilder();
            int bestEnd = -1;
            EntityType bestType = null;
            boolean capital = false;
            for (int j = i; j < Math.min(words.size(), i + LONGEST); j++) {
                String w = words.get(j);
                String letters = Gazetteer.letters(w);
                if (letters.isEmpty()) {
                    break;
                }
                capital |= !w.equals(w.toLowerCase(Locale.ROOT));
                joined.append(letters);
                EntityType t = gazetteer.get(joined.toString());
                if (t != null && capital) {
                    bestEnd = j + 1;
                    bestType = t;
                }
            }
            if (bestEnd > 0) {
                out.add(new Chunk(i, bestEnd, bestType, 1));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Runs of one to four capitalised proper nouns right after a title ("Gen.", "spokesman"). */
    private static List<Chunk> titledPeople(List<String> words, List<String> pos) {
        List<Chunk> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String k = Cues.key(words.get(i));
            if (!Cues.TITLES.contains(k) || WEAK_TITLES.contains(k)) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() && Cues.TITLES.contains(Cues.key(words.get(j)))) {
                j++;
            }
            int from = j;
            while (j < words.size() && j - from < 4 && nameWord(words.get(j), pos.get(j))) {
                j++;
            }
            if (j > from) {
                out.add(new Chunk(from, j, EntityType.PERSON, 0.9));
                i = j - 1;
            }
        }
        return out;
    }

    private static boolean nameWord(String w, String pos) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && pos.equals("PROPN")
                && !w.equals(w.toUpperCase(Locale.ROOT)) && Cues.classOf(w) == null;
    }
}
