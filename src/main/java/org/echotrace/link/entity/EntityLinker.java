package org.echotrace.link.entity;

import org.echotrace.model.EntityMention;
import org.echotrace.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives each entity mention its canonical entity. Within an article, mentions join when their
 * {@link NameKey keys} or skeletons agree, when their keys are close (Jaro-Winkler), when one is a
 * person's surname of the other, or when one is an acronym of the other or defined as it in the
 * text ("Syrian Democratic Forces (SDF)"); a group takes the name of the alias table entry one of
 * its mentions belongs to, else its longest mention. Across a corpus, the articles' canonical
 * names join by the same key rules ({@link #group}). Thread-safe; deterministic.
 *
 * <p>Design decision: a skeleton match alone (vowels dropped) is trusted only for names of at least
 * four consonants or when the types agree and the keys are close too, so short names ("Homs",
 * "Hama") never merge on two letters.
 */
public final class EntityLinker {
    static final double SIMILAR = 0.93;

    private final AliasTable aliases;

    public EntityLinker() {
        this.aliases = new AliasTable(AliasTable.STANDARD);
    }

    /** A name with its keys computed once: comparing names is the linker's inner loop. */
    private record Name(String text, String key, String skeleton, List<String> words, Optional<AliasTable.Entry> alias) {
    }

    private Name name(String text) {
        List<String> words = NameKey.words(text);
        return new Name(text, String.join(" ", words), NameKey.skeleton(text), words, aliases.find(text));
    }

    private static final class Group {
        final EntityType type;
        final List<EntityMention> members = new ArrayList<>();
        final Name name;
        String canonical;

        Group(EntityType type, Name name) {
            this.type = type;
            this.name = name;
        }
    }

    /** The article's mentions with {@code canonical} filled, in their order; {@code text} is the article's. */
    public List<EntityMention> link(String text, List<EntityMention> mentions) {
        Map<String, String> acronyms = Acronyms.definedIn(text);
        List<EntityMention> byLength = new ArrayList<>(mentions);
        byLength.sort(Comparator.comparingInt((EntityMention m) -> -m.text().length()).thenComparing(EntityMention::span));
        List<Group> groups = new ArrayList<>();
        Map<EntityMention, Group> of = new HashMap<>();
        for (EntityMention m : byLength) {
            Name name = name(cleaned(acronyms.getOrDefault(m.text(), m.text())));
            Group g = groups.stream().filter(x -> sameInArticle(x, m.type(), name)).findFirst().orElse(null);
            if (g == null) {
                g = new Group(m.type(), name);
                groups.add(g);
            }
            g.members.add(m);
            of.put(m, g);
        }
        for (Group g : groups) {
            g.canonical = g.members.stream().map(m -> aliases.find(acronyms.getOrDefault(m.text(), m.text())))
                    .flatMap(Optional::stream).map(AliasTable.Entry::canonical).findFirst()
                    .orElseGet(() -> g.name.alias().map(AliasTable.Entry::canonical).orElse(g.name.text()));
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            out.add(new EntityMention(m.span(), m.text(), m.type(), of.get(m).canonical, m.score()));
        }
        return out;
    }

    private boolean sameInArticle(Group g, EntityType type, Name name) {
        if (!compatible(g.type, type)) {
            return false;
        }
        if (same(g.name, name)) {
            return true;
        }
        if (type == EntityType.PERSON && g.type == EntityType.PERSON) {
            List<String> full = g.name.words();
            List<String> part = name.words();
            if (!part.isEmpty() && part.size() < full.size() && full.subList(full.size() - part.size(), full.size()).equals(part)) {
                return true;
            }
        }
        return isAcronym(name.text()) && Acronyms.abbreviates(name.text(), g.name.text());
    }

    /** Whether two names are spellings of one name, by the alias table, the keys or their similarity. */
    boolean sameName(String a, String b) {
        return same(name(a), name(b));
    }

    private static boolean same(Name a, Name b) {
        if (a.alias().isPresent() || b.alias().isPresent()) {
            return a.alias().equals(b.alias());
        }
        String ka = a.key();
        String kb = b.key();
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        String sa = a.skeleton();
        String sb = b.skeleton();
        boolean longEnough = sa.replace(" ", "").length() >= 4;
        if (sa.equals(sb) && longEnough) {
            return true;
        }
        return ka.length() >= 6 && kb.length() >= 6 && JaroWinkler.atLeast(ka, kb, SIMILAR);
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a == EntityType.MISC || b == EntityType.MISC
                || (a == EntityType.ORGANISATION && b == EntityType.PLACE) || (a == EntityType.PLACE && b == EntityType.ORGANISATION);
    }

    private static boolean isAcronym(String s) {
        String letters = s.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 8 && Character.isUpperCase(letters.charAt(0))
                && letters.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** A name as shown: spaces collapsed, a leading "the" dropped. */
    private static String cleaned(String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        return s.toLowerCase(Locale.ROOT).startsWith("the ") ? s.substring(4) : s;
    }

    /**
     * The corpus's entities: every article's mentions (already linked by {@link #link}) grouped by
     * canonical name across articles, in order of first article id and then name.
     */
    public List<CanonicalEntity> group(Map<String, List<EntityMention>> byArticle) {
        Map<String, List<EntityMention>> sorted = new TreeMap<>(byArticle);
        Map<String, List<Group>> blocks = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        Map<Group, TreeSet<String>> articles = new HashMap<>();
        Map<String, Name> names = new HashMap<>();
        for (Map.Entry<String, List<EntityMention>> e : sorted.entrySet()) {
            for (EntityMention m : e.getValue()) {
                Name name = names.computeIfAbsent(m.canonical(), this::name);
                List<Group> candidates = blocks.computeIfAbsent(block(name), k -> new ArrayList<>());
                Group g = candidates.stream()
                        .filter(x -> compatible(x.type, m.type()) && same(x.name, name)).findFirst().orElse(null);
                if (g == null) {
                    g = new Group(m.type(), name);
                    candidates.add(g);
                    groups.add(g);
                }
                g.members.add(m);
                articles.computeIfAbsent(g, k -> new TreeSet<>()).add(e.getKey());
            }
        }
        List<CanonicalEntity> out = new ArrayList<>();
        for (Group g : groups) {
            TreeSet<String> spellings = new TreeSet<>();
            g.members.forEach(m -> {
                spellings.add(m.text());
                spellings.add(m.canonical());
            });
            out.add(new CanonicalEntity(g.name.text(), g.type, spellings, List.copyOf(articles.get(g)), g.members.size()));
        }
        return out;
    }

    /**
     * Names are compared only within a block: the first consonant of the skeleton, or the alias
     * table's canonical name, so a corpus of many thousand names is not compared pair by pair.
     */
    private static String block(Name name) {
        if (name.alias().isPresent()) {
            return "=" + name.alias().get().canonical();
        }
        return name.skeleton().isEmpty() ? "" : name.skeleton().substring(0, 1);
    }
}
