package org.echotrace.extract.event;

import org.echotrace.model.EntityMention;
import org.echotrace.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two sides of an event, ACLED's actor1 (who acts) and actor2 (who is acted on). An actor is a
 * group named in the sentence: one of our known conflict actors, under one name whatever the
 * alias ("ISIL", "IS", "Daesh" are ISIS), or a recogniser's organisation, or a generic armed group
 * ("militants", "terrorists"). Roles are read from the sentence's shape: "killed ... by X" and "an
 * attack by X" make X the actor, "fighters of X were killed" and "attacks on X" make X the target,
 * else the first group before the event's cue acts and the first after it is acted on.
 */
final class Actors {
    /** A group named at {@code [start, end)}. */
    record Actor(String name, int start, int end, boolean generic) {
    }

    record Sides(Optional<String> actor1, Optional<String> actor2) {
    }

    /** ACLED's name for armed men the text does not name. */
    static final String UNIDENTIFIED = "Unidentified armed group";

    /** Known actors, most specific first; written by us from the conflict's usual names. */
    private static final List<Object[]> KNOWN = List.of(
            known("ISIS", "\\b(ISIS|ISIL|IS|Daesh|Islamic State|ex-ISIS)\\b", false),
            known("Russian Aerospace Forces", "\\b(Russian Aerospace Forces?|Russia's Aerospace Forces?|VKS|Russian Air Force|Russian (air task force|aircraft|warplanes|aviation))\\b", false),
            known("US-led coalition", "\\b(US-led|U\\.S\\.-led|Washington-led|international)\\s+(anti-ISIS\\s+)?coalition\\b|\\bcoalition\\b", false),
            known("Syrian government forces", "\\b(Syrian (Arab )?Army|Syrian (government )?(troops|forces|army)|government (troops|forces)|pro-government forces|SAA)\\b", false),
            known("Russian forces", "\\bRussian (forces|troops|military|servicemen)\\b", false),
            known("US forces", "\\b((US|U\\.S\\.|American|United States) (troops|forces|military|soldiers)|Americans)\\b", false),
            known("Syrian Democratic Forces", "\\b(Syrian Democratic Forces|SDF)\\b", false),
            known("Quds Brigade", "\\b(Quds Brigade|Liwa al-Quds)\\b", false),
            known("National Defense Forces", "\\b(National Defen[cs]e Forces|NDF)\\b", false),
            known("Syrian Free Army", "\\b(Syrian Free Army|Free Syrian Army|Maghawir al-Thawra|Revolutionary Commando Army)\\b", false),
            known("Hezbollah", "\\b(Hezbollah|Hizbollah|Hizballah)\\b", false),
            known("Police", "\\b(?i:police|policemen)\\b", true),
            known(UNIDENTIFIED, "\\b(?i:militants?|terrorists?|gunmen|insurgents?|jihadists?|rebels?|armed men|gangs?|assailants)\\b", true),
            known("Civilians", "\\b(?i:civilians?|villagers|residents|refugees)\\b", true),
            known("Protesters", "\\b(?i:protesters|demonstrators|rioters)\\b", true));

    private static Object[] known(String name, String regex, boolean generic) {
        return new Object[]{name, Pattern.compile(regex), generic};
    }

    private static final Pattern BY = Pattern.compile("\\b(?:by|blamed on|carried out by|claimed by)\\s+(?:suspected\\s+|alleged\\s+|unidentified\\s+)?$");
    private static final Pattern TARGET = Pattern.compile("\\b(?:of|on|against|over|targeting)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$");

    private Actors() {
    }

    /** The groups named in {@code text[from, to)}, in text order, overlaps resolved to the earlier-listed name. */
    static List<Actor> find(String text, int from, int to, List<EntityMention> entities) {
        List<Actor> all = new ArrayList<>();
        for (Object[] k : KNOWN) {
            Matcher m = ((Pattern) k[1]).matcher(text).region(from, to);
            while (m.find()) {
                Actor a = new Actor((String) k[0], m.start(), m.end(), (Boolean) k[2]);
                if (all.stream().noneMatch(o -> o.start() < a.end() && a.start() < o.end())) {
                    all.add(a);
                }
            }
        }
        for (EntityMention e : entities) {
            if (e.type() == EntityType.ORGANISATION && e.span().start() >= from && e.span().end() <= to
                    && all.stream().noneMatch(o -> o.start() < e.span().end() && e.span().start() < o.end())) {
                all.add(new Actor(e.canonical(), e.span().start(), e.span().end(), false));
            }
        }
        all.sort(Comparator.comparingInt(Actor::start));
        return all;
    }

    /**
     * Actor1 and actor2 of an event whose cue ends at {@code cue} in a sentence starting at
     * {@code from}; {@code tolled} says the sentence reports deaths, so "fighters of X" are X's dead.
     */
    static Sides sides(String text, int from, List<Actor> actors, int cue, boolean tolled) {
        Actor agent = null;
        Actor target = null;
        for (Actor a : actors) {
            String before = text.substring(Math.max(from, a.start() - 40), a.start());
            if (agent == null && BY.matcher(before).find()) {
                agent = a;
            } else if (target == null && TARGET.matcher(before).find() && victimOf(text, a, tolled)) {
                target = a;
            }
        }
        agent = named(text, actors, agent);
        for (Actor a : actors) {
            if (agent == null && a.end() <= cue && a != target) {
                agent = a;
            }
        }
        for (Actor a : actors) {
            if (agent == null && a != target) {
                agent = a;
            }
        }
        for (Actor a : actors) {
            if (target == null && a.start() >= cue && a != agent && (agent == null || !a.name().equals(agent.name()))) {
                target = a;
            }
        }
        if (agent != null && target != null && agent.name().equals(target.name())) {
            target = null;
        }
        return new Sides(Optional.ofNullable(agent).map(Actor::name), Optional.ofNullable(target).map(Actor::name));
    }

    /** "suspected militants of ISIS": the named group a generic one belongs to. */
    private static Actor named(String text, List<Actor> actors, Actor agent) {
        if (agent == null || !agent.generic()) {
            return agent;
        }
        int i = actors.indexOf(agent);
        if (i + 1 < actors.size()) {
            Actor next = actors.get(i + 1);
            String between = text.substring(agent.end(), next.start());
            if (!next.generic() && between.matches("\\s+(of|from)\\s+(the\\s+)?")) {
                return next;
            }
        }
        return agent;
    }

    /** "fighters of the Quds Brigade were killed", "attacks on government forces": the group suffers the act. */
    private static boolean victimOf(String text, Actor a, boolean tolled) {
        String before = text.substring(Math.max(0, a.start() - 40), a.start()).toLowerCase(java.util.Locale.ROOT);
        return tolled && before.matches("(?s).*\\b(fighters|members|soldiers|troops|personnel|militiamen|posts|positions|units)\\s+of\\s+(the\\s+)?$")
                || before.matches("(?s).*\\b(on|against|over|targeting)\\s+(the\\s+)?([\\w-]+\\s+){0,2}$");
    }
}
