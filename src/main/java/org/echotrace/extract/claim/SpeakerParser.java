package org.echotrace.extract.claim;

import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.echotrace.extract.claim.SpeakerPhraseCleaning.AFFILIATION;
import static org.echotrace.extract.claim.SpeakerPhraseCleaning.withoutAffiliations;
import static org.echotrace.extract.claim.SpeakerPhraseCleaning.withoutBrackets;
import static org.echotrace.extract.claim.SpeakerPhraseCleaning.withoutTrailingTime;
import static org.echotrace.extract.claim.PhraseShapes.*;
import static org.echotrace.extract.claim.SpeakerWords.*;

/**
 * Reads a source phrase into name, role and organisation: "Russian Defense Ministry spokesman
 * Major-General Igor Konashenkov" gives Igor Konashenkov, "spokesman, Major-General", "Russian
 * Defense Ministry"; "the general" or "he" is a reference, left to {@link SpeakerResolver}.
 */
final class SpeakerParser {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    static final java.util.regex.Pattern NAME_PARTICLE = java.util.regex.Pattern.compile(
            "(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|abu|de|du|van|von)-\\p{Lu}");
    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile(",\\s*");
    /** "a representative of the Russian forces in Syria": role words, then what they speak for. */
    private static final java.util.regex.Pattern ROLE_OF = java.util.regex.Pattern.compile(
            "(?i)^(?:an? |the )?((?:[\\p{L}-]+ ){0,3}?)(?:of|for|from|at) (?:the )?(.+)$");

    private SpeakerParser() {
    }

    /** Whether a source phrase refers back rather than names: a pronoun, or "the general". */
    static boolean isReference(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).trim();
        if (SourcePhrases.PRONOUNS.contains(p)) {
            return true;
        }
        String[] words = SPACES.split(phrase.trim());
        if (words.length < 2 || !DESCRIPTION_DETS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "the general", "the Russian general", "the statement": the head is a common noun;
        // "... Sheikh Rafaa al-Raju" ends in a titled name's particle, not a common noun.
        String head = words[words.length - 1];
        return !head.isEmpty() && Character.isLowerCase(head.charAt(0))
                && !(NAME_PARTICLE.matcher(head).lookingAt() && titled(words)) && !namedBodyOfKind(words) && !namedMedium(words);
    }

    private static final java.util.regex.Pattern NAME_ROLE_MORE =
            java.util.regex.Pattern.compile("((?:\\p{Lu}[\\p{L}.'’-]*\\s){1,3}\\p{Lu}[\\p{L}.'’-]*,\\s[^,]+),\\s.+");

    static Speaker parse(String phrase, TextSpan mention) {
        // "Hersh's report", "the Biden administration's": the owner, not "Hersh's".
        Speaker s = parsed(phrase, mention);
        String name = POSSESSIVE.matcher(s.name()).replaceFirst("");
        Optional<String> org = s.organisation().map(o -> POSSESSIVE.matcher(o).replaceFirst(""));
        return name.equals(s.name()) && org.equals(s.organisation()) ? s
                : new Speaker(name, s.kind(), s.role(), org, s.mention(), s.resolvedFrom());
    }

    private static Speaker parsed(String phrase, TextSpan mention) {
        // "the WHO's", "Lord Lawson's": a possessive cut from its noun ("the WHO's report") names its owner.
        String clean = withoutAffiliations(POSSESSIVE.matcher(SPACES.matcher(withoutBrackets(phrase).trim()).replaceAll(" ")).replaceFirst(""));
        String[] timed = SPACES.split(clean);
        String[] untimed = withoutTrailingTime(timed);
        boolean timedRole = untimed.length < timed.length;
        if (timedRole) {
            clean = String.join(" ", untimed); // "a federal judge on Monday": who, not when
        }
        // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA": a name, its
        // role, then more about the role; the name and the role are the speaker.
        java.util.regex.Matcher more = NAME_ROLE_MORE.matcher(clean);
        if (more.matches()) {
            clean = more.group(1);
        }
        if (CueLexicon.isAgency(clean)) {
            return new Speaker(stripThe(clean), SpeakerKind.MEDIA, Optional.empty(), Optional.empty(), mention, Optional.empty());
        }
        // "the statement from the Russian Center for Reconciliation": the document speaks for its author.
        String lower = clean.toLowerCase(Locale.ROOT);
        for (String joiner : List.of(" from the ", " from ", " of the ", " by the ", " by ")) {
            int at = lower.indexOf(joiner);
            // "a recent report issued by the Syrian Network": the participle between them changes nothing.
            if (at <= 0) {
                continue;
            }
            String before = lower.substring(0, at).trim();
            if (before.endsWith("ed") && before.lastIndexOf(' ') > 0 && joiner.startsWith(" by")) {
                before = before.substring(0, before.lastIndexOf(' '));
            }
            if (CueLexicon.SPEAKING_NOUNS.contains(lastWord(before))) {
                String author = clean.substring(at + joiner.length());
                Speaker inner = parse(author, mention);
                return new Speaker(inner.name(), inner.kind(), inner.role(), inner.organisation(), mention, Optional.empty());
            }
        }
        // "Video footage posted to social media on May 16": shown, not said, and by no one named.
        if (EvidenceSources.isEvidence(clean)) {
            return new Speaker(stripThe(clean), SpeakerKind.EVIDENCE, Optional.empty(), Optional.empty(), mention, Optional.empty());
        }
        // "a representative of the Russian forces in Syria": an unnamed person speaking for an organisation.
        java.util.regex.Matcher m = ROLE_OF.matcher(clean);
        if (m.matches() && !m.group(1).isBlank() && m.group(1).equals(m.group(1).toLowerCase(Locale.ROOT)) && isRoleWords(m.group(1))) {
            Optional<Speaker> named = trailingName(m.group(1).trim(), m.group(2).trim(), mention);
            if (named.isPresent()) {
                return named.get();
            }
            return new Speaker(stripThe(clean), SpeakerKind.PERSON, Optional.of(m.group(1).trim()), Optional.of(m.group(2).trim()),
                    mention, Optional.empty());
        }
        Optional<Speaker> joint = JointSpeakers.of(clean, mention);
        if (joint.isPresent()) {
            return joint.get();
        }
        String[] parts = COMMA.split(clean);
        String head = parts[0];
        List<String> roles = new ArrayList<>();
        Optional<String> org = Optional.empty();
        for (int i = 1; i < parts.length; i++) {
            Split s = split(parts[i]);
            roles.addAll(s.roles);
            if (org.isEmpty()) {
                org = s.org.or(() -> s.name);
            }
        }
        Split s = split(head);
        roles.addAll(0, s.roles);
        roles.removeIf(r -> NUMBER.matcher(r).matches()); // "Timur, 37": an age, not a role
        Optional<String> role = roles.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", roles));
        if (s.name.isPresent()) {
            return new Speaker(s.name.get(), SpeakerKind.PERSON, role, s.org.or(() -> orgOf(parts)), mention, Optional.empty());
        }
        if (s.org.isPresent()) {
            return new Speaker(s.org.get(), s.medium || CueLexicon.isAgency(s.org.get()) ? SpeakerKind.MEDIA : SpeakerKind.ORGANISATION,
                    role, Optional.empty(), mention, Optional.empty());
        }
        String last = norm(lastWord(clean));
        // "a federal judge on Monday": one person by role alone, as "a judge in Ohio" is (a role alone, with
        // no time or place, stays of unknown kind, for the resolver to look back from)
        boolean person = timedRole && (PEOPLE.contains(last) || PERSON_NOUNS.contains(last)
                || TITLES.contains(last) && !NOT_PERSON_TITLES.contains(last));
        return new Speaker(stripThe(clean), person ? SpeakerKind.PERSON : SpeakerKind.UNKNOWN, role, org, mention, Optional.empty());
    }

    /** Whether a lower-case head noun names a person: "the spokesman", "the minister", "the activist", not "the text messages". */
    static boolean isPersonNoun(String head) {
        String n = norm(head);
        return TITLES.contains(n) || PEOPLE.contains(n) || PERSON_NOUNS.contains(n) || n.endsWith("man") || n.endsWith("woman") || n.endsWith("person")
                || n.endsWith("er") || n.endsWith("or") || n.endsWith("ist") || n.endsWith("ian") || n.endsWith("ant")
                || n.endsWith("ent") || n.endsWith("ee") || n.endsWith("ive");
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?<=\\p{L}{2})['’]s$");
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{2,3}");
    static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[\\d\\s.,]+");

    /**
     * "the head of the Britain-based monitoring group Rami Abdel Rahman": the role's organisation ends in
     * a lower-case head and the name follows it, its comma lost; the name speaks, the rest says who he is.
     */
    private static Optional<Speaker> trailingName(String role, String rest, TextSpan mention) {
        String[] words = SPACES.split(rest);
        int from = words.length;
        while (from > 0 && !words[from - 1].isEmpty() && (Character.isUpperCase(words[from - 1].charAt(0))
                || NAME_PARTICLE.matcher(words[from - 1]).lookingAt()) && !TITLES.contains(norm(words[from - 1]))
                && !ORG_HEADS.contains(norm(words[from - 1])) && !isDemonym(words[from - 1]) && !isAcronym(words[from - 1])) {
            from--;
        }
        if (words.length - from < 2 || from == 0 || !Character.isLowerCase(words[from - 1].charAt(0)) || linkWord(words[from - 1])
                || PLACING.contains(norm(words[from - 1]))) {
            return Optional.empty();
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        String org = withoutAffiliations(String.join(" ", java.util.Arrays.copyOfRange(words, 0, from)));
        return Optional.of(new Speaker(name, SpeakerKind.PERSON, Optional.of(role), Optional.of(stripThe(org)), mention, Optional.empty()));
    }

    /** Whether only determiners, quantifiers and affiliations stand before word {@code i}: "the Lebanon-based al-Mayadeen TV". */
    private static boolean opensPart(String[] words, int i) {
        for (int k = 0; k < i; k++) {
            String n = norm(words[k]);
            if (!n.equals("the") && !QUANTIFIERS.contains(n) && !AFFILIATION.matcher(words[k]).matches()
                    && !(words[k].length() > 0 && Character.isLowerCase(words[k].charAt(0)) && k == i - 1 && n.startsWith("pro-"))) {
                return false;
            }
        }
        return true;
    }

    static boolean isRoleWords(String words) {
        for (String w : SPACES.split(words.trim())) {
            if (TITLES.contains(norm(w)) || w.endsWith("man") || w.endsWith("woman") || w.endsWith("ive") || w.endsWith("er")
                    || w.endsWith("or") || w.endsWith("ist")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> orgOf(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            Split s = split(parts[i]);
            if (s.org.isPresent()) {
                return s.org;
            }
        }
        return Optional.empty();
    }

    /** One comma-free part: its title words, the organisation it names and the person's name. */
    private record Split(List<String> roles, Optional<String> org, Optional<String> name, boolean medium) {
        Split(List<String> roles, Optional<String> org, Optional<String> name) {
            this(roles, org, name, false);
        }
    }

    private static Split split(String part) {
        // Empty words (a phrase ending in a comma, a part between two commas) carry nothing.
        String[] words = withoutTrailingTime(java.util.Arrays.stream(SPACES.split(part.trim())).filter(w -> !w.isEmpty()).toArray(String[]::new));
        if (words.length == 0 || words.length == 1 && QUANTIFIERS.contains(norm(words[0]))) {
            return new Split(List.of(), Optional.empty(), Optional.empty());
        }
        List<String> roles = new ArrayList<>();
        // The organisation: the longest capitalised run that ends in an organisation head word.
        int orgFrom = -1;
        int orgTo = -1;
        for (int i = 0; i < words.length; i++) {
            if (ORG_HEADS.contains(norm(words[i])) && (Character.isUpperCase(words[i].charAt(0)) || isAcronym(words[i]))) {
                int from = i;
                // "General" opens the name it directly precedes ("Russian General Staff", "General
                // Command"); anywhere else it is a person's rank.
                // "Britain-based" says where the body is, it is no part of its name.
                // "al-Masdar News", "the al-Nusra Front": a name's particle opens the name in lower case.
                while (from > 0 && (Character.isUpperCase(words[from - 1].charAt(0))
                        || NAME_PARTICLE.matcher(words[from - 1]).lookingAt() && (from == 1 || !NAME_PARTICLE.matcher(words[from]).lookingAt()))
                        && !norm(words[from - 1]).endsWith("-based")
                        && (!TITLES.contains(norm(words[from - 1])) || ORG_TITLES.contains(norm(words[from - 1]))
                        || from == i && norm(words[from - 1]).equals("general"))) {
                    from--;
                }
                int to = i + 1;
                // "Ghouta Media Center", "Army General Command": a head right after a head is more of the name.
                // "Senate Democrats", "House Republicans": a group of the body is the whole phrase.
                while (to < words.length && Character.isUpperCase(words[to].charAt(0)) && (ORG_HEADS.contains(norm(words[to]))
                        || GROUP_HEADS.contains(norm(words[to])) && to == words.length - 1
                        || norm(words[to]).equals("general") && to + 1 < words.length && ORG_HEADS.contains(norm(words[to + 1]))
                        && Character.isUpperCase(words[to + 1].charAt(0)))) {
                    to++;
                }
                // "Committee of the Red Cross", "Organisation for the Prohibition of Chemical Weapons": the link's "the" too.
                while (to + 1 < words.length && linkWord(words[to])
                        && (Character.isUpperCase(words[to + 1].charAt(0)) || !norm(words[to]).equals("and") && norm(words[to + 1]).equals("the")
                        && to + 2 < words.length && Character.isUpperCase(words[to + 2].charAt(0)))) {
                    to += norm(words[to + 1]).equals("the") ? 3 : 2;
                    // "Russian Center for Reconciliation Major General Yury Popov": the name ends before a title.
                    while (to < words.length && (Character.isUpperCase(words[to].charAt(0)) || NAME_PARTICLE.matcher(words[to]).lookingAt())
                            && !TITLES.contains(norm(words[to]))) {
                        to++;
                    }
                }
                orgFrom = from;
                orgTo = to;
                break;
            }
        }
        // "State media", "State television": a title word that opens an organisation's name, with no
        // head of the name after it, qualifies the lower-case words that follow; the whole phrase speaks.
        if (orgFrom >= 0 && orgTo < words.length && java.util.stream.IntStream.range(orgFrom, orgTo).allMatch(k -> ORG_TITLES.contains(norm(words[k])))
                && java.util.stream.IntStream.range(orgTo, words.length).allMatch(k -> Character.isLowerCase(words[k].charAt(0)))
                && isGroupHead(words[words.length - 1])) {
            return new Split(roles, Optional.of(stripThe(String.join(" ", java.util.Arrays.copyOfRange(words, orgFrom, words.length)))),
                    Optional.empty());
        }
        List<String> nameWords = new ArrayList<>();
        int nameFrom = -1;
        int nameTo = -1;
        // "Trump campaign manager Kellyanne Conway", "Syria's state news agency SANA": a capitalised run
        // before lower-case role words qualifies the name that follows them; it is not part of it.
        Optional<String> qualifier = Optional.empty();
        StringBuilder role = new StringBuilder();
        boolean nameClosed = false;
        for (int i = 0; i < words.length; i++) {
            if (i >= orgFrom && i < orgTo) {
                continue;
            }
            String w = words[i];
            if (i == 0 && words.length > 1 && QUANTIFIERS.contains(norm(w))) {
                continue; // "A Nov. 29 report", "One civil defence volunteer", "Some lawmakers": nobody named "A"
            }
            if (nameClosed) {
                continue;
            }
            if (!nameWords.isEmpty() && i == nameTo && i + 1 < words.length && (norm(w).equals("the") || norm(w).equals("a"))
                    && Character.isLowerCase(w.charAt(0)) && Character.isLowerCase(words[i + 1].charAt(0))) {
                // "Ammar al-Selmo the head of the Civil Defense in eastern Aleppo": an apposition whose comma
                // was lost; the name is complete and what follows describes it.
                nameClosed = true;
                int end = orgFrom > i ? orgFrom : words.length;
                while (end > i + 1 && (linkWord(words[end - 1]) || words[end - 1].equals("a"))) {
                    end--; // "head of the" before the organisation's own name
                }
                role.append(role.isEmpty() ? "" : " ").append(String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, end)));
                continue;
            }
            boolean date = ColonCues.DATES.contains(norm(w));
            if (!nameWords.isEmpty() && (date || Character.isLowerCase(w.charAt(0)) && PLACING.contains(norm(w))
                    || i == words.length - 1 && AGE.matcher(w).matches())) {
                // "Rami Abdel Rahman in London", "Pope Francis Sunday", "Ahmed 24": where, when or how old, not
                // more of the name ("Fox 5" is a station's name)
                break;
            }
            if (date || AFFILIATION.matcher(w).matches()) {
                continue; // nobody is named Sunday, nor "UK-based", nor "State-run"
            }
            // "Minister of Foreign Affairs and Trade Péter Szijjártó": a portfolio after a portfolio's "and" too.
            boolean portfolio = PORTFOLIOS.contains(norm(w)) && i > 0 && (TITLES.contains(norm(words[i - 1]))
                    || PORTFOLIOS.contains(norm(words[i - 1]))
                    || i > 1 && norm(words[i - 1]).equals("and") && PORTFOLIOS.contains(norm(words[i - 2])));
            // "Ammar al-Selmo": a name's particle in lower case goes on with the name.
            boolean particle = NAME_PARTICLE.matcher(w).lookingAt() && (nameWords.isEmpty() ? opensPart(words, i) : i == nameTo)
                    || LOOSE_PARTICLES.contains(w) && !nameWords.isEmpty() && i == nameTo && i + 1 < words.length
                    && Character.isUpperCase(words[i + 1].charAt(0)) && !TITLES.contains(norm(words[i + 1]));
            if (!particle && !nameWords.isEmpty() && i == nameTo && POSSESSIVE.matcher(words[i - 1]).find()
                    && Character.isUpperCase(w.charAt(0)) && !TITLES.contains(norm(w)) && !isDemonym(w)) {
                // "the UN's Staffan de Mistura": the owner qualifies the name that follows it.
                qualifier = Optional.of(POSSESSIVE.matcher(String.join(" ", nameWords)).replaceFirst(""));
                nameWords.clear();
            }
            if (TITLES.contains(norm(w)) || portfolio || Character.isLowerCase(w.charAt(0)) && !particle || !Character.isLetter(w.charAt(0))) {
                if (!nameWords.isEmpty() && i > 0 && !Character.isLowerCase(w.charAt(0))) {
                    nameWords.clear();
                }
                if (!norm(w).equals("the") && !norm(w).equals("of") && !norm(w).equals("a") && !norm(w).equals("an")) {
                    role.append(role.isEmpty() ? "" : " ").append(w);
                }
            } else {
                if (!nameWords.isEmpty() && i != nameTo && !particle && splitsName(words, nameTo, i)) {
                    qualifier = Optional.of(POSSESSIVE.matcher(String.join(" ", nameWords)).replaceFirst(""));
                    nameWords.clear();
                }
                nameFrom = nameWords.isEmpty() ? i : nameFrom;
                nameWords.add(w);
                nameTo = i + 1;
            }
        }
        if (!role.isEmpty()) {
            roles.add(role.toString());
        }
        // "State news agency SANA", "the official news agency IRNA": the medium's kind, then its name.
        if (!nameWords.isEmpty() && nameTo == words.length && nameWords.size() == nameTo - nameFrom && nameFrom > 0 && MEDIA_KINDS.contains(norm(words[nameFrom - 1]))
                && Character.isLowerCase(words[nameFrom - 1].charAt(0))) {
            String kind = stripThe(String.join(" ", java.util.Arrays.copyOfRange(words, 0, nameFrom)));
            // "the UN children's agency UNICEF" is no medium; "state news agency SANA" and "state television" are.
            boolean medium = !norm(words[nameFrom - 1]).equals("agency")
                    || nameFrom >= 2 && (norm(words[nameFrom - 2]).equals("news") || norm(words[nameFrom - 2]).equals("press"));
            return new Split(List.of(kind), Optional.of(String.join(" ", nameWords)), Optional.empty(), medium);
        }
        // "the Lebanese movement Hezbollah", "rights group Amnesty International": a body's kind, then its name.
        if (!nameWords.isEmpty() && afterBodyKind(words, nameFrom) && nameWords.size() == nameTo - nameFrom) {
            return new Split(roles, Optional.of(String.join(" ", nameWords)), Optional.empty());
        }
        Optional<Split> described = described(words, roles, orgFrom, nameWords.isEmpty() ? -1 : nameFrom, nameTo);
        if (described.isEmpty()) {
            described = placed(words, roles, orgFrom);
        }
        if (described.isPresent()) {
            return described.get();
        }
        Optional<String> org = orgFrom >= 0 ? Optional.of(stripThe(String.join(" ", java.util.Arrays.copyOfRange(words, orgFrom, orgTo))))
                : qualifier.filter(q -> !nameWords.isEmpty());
        // "the United Nations": a name ending in a group's plural head is a body, not a person.
        boolean person = !nameWords.isEmpty() && nameWords.stream().noneMatch(SpeakerParser::isDemonym)
                && !(nameWords.size() == 1 && isAcronym(nameWords.get(0)))
                && !GROUP_HEADS.contains(norm(nameWords.get(nameWords.size() - 1)));
        if (!person && qualifier.isPresent() && !nameWords.isEmpty() && org.equals(qualifier)) {
            org = Optional.of(String.join(" ", nameWords)); // "the U.S. military's regional command CENTCOM": the body named last
        }
        if (!person && org.isEmpty() && !nameWords.isEmpty()) {
            // "The U.S.", "Russia", "Syrian and Russian officials" name a state or a group, not a
            // person; a group of several nations keeps its whole description (not "Syrian Russian").
            boolean nations = nameWords.size() > 1 && nameWords.stream().allMatch(SpeakerParser::isDemonym);
            org = Optional.of(nations ? stripThe(String.join(" ", words)) : String.join(" ", nameWords));
        }
        return new Split(roles, org, person ? Optional.of(String.join(" ", nameWords)) : Optional.empty());
    }

    /**
     * "Syrian army", "Turkish military", "Homs governor", "US official": capitalised words that
     * qualify a lower-case head name where the speaker is from, not who: the whole phrase is the
     * speaker, an organisation for a group's head ("army", "officials"), a person for one's
     * ("governor"), not the qualifier alone ("Syrian", "Homs").
     */
    private static Optional<Split> described(String[] words, List<String> roles, int orgFrom, int nameFrom, int nameTo) {
        String last = words[words.length - 1];
        // "Syrian state TV": the medium's kind may be written in capitals.
        if (orgFrom >= 0 || nameFrom < 0 || nameTo >= words.length || !Character.isLowerCase(last.charAt(0)) && !MEDIA_KINDS.contains(norm(last))) {
            return Optional.empty();
        }
        for (int i = nameTo; i < words.length; i++) {
            if (!Character.isLowerCase(words[i].charAt(0)) && !MEDIA_KINDS.contains(norm(words[i])) || norm(words[i]).equals("of")) {
                return Optional.empty();
            }
        }
        String whole = String.join(" ", java.util.Arrays.copyOfRange(words, nameFrom, words.length));
        String head = norm(last);
        if (isGroupHead(last)) {
            return Optional.of(new Split(roles, Optional.of(whole), Optional.empty()));
        }
        if (TITLES.contains(head) || PEOPLE.contains(head) || head.endsWith("man") || head.endsWith("woman")
                || head.equals("teen")) {
            return Optional.of(new Split(roles, Optional.empty(), Optional.of(whole)));
        }
        return Optional.empty();
    }

    /**
     * "a source in Aleppo province", "SANA reporter in Aleppo", "Rebels in Aleppo", "residents of Homs":
     * a role or a group, then where it is; the capitalised words after the preposition place unnamed
     * people, they do not name one.
     */
    private static Optional<Split> placed(String[] words, List<String> roles, int orgFrom) {
        if (orgFrom >= 0) {
            return Optional.empty();
        }
        for (int p = 1; p + 1 < words.length; p++) {
            boolean of = norm(words[p]).equals("of");
            if (!PLACING.contains(norm(words[p])) && !of || ColonCues.DATES.contains(norm(words[p + 1]))) {
                continue; // "a military source on Tuesday": when, not where
            }
            String before = norm(words[p - 1]);
            // A head in lower case, or the phrase's first word, capitalised by its sentence ("Rebels in Aleppo said").
            boolean plain = Character.isLowerCase(words[p - 1].charAt(0)) || p == 1;
            boolean group = plain && (GROUP_HEADS.contains(before) || ORG_HEADS.contains(before));
            boolean role = plain && !of && (TITLES.contains(before)
                    || PEOPLE.contains(before) || before.endsWith("er") || before.endsWith("ist")
                    || before.endsWith("man") || before.endsWith("woman"));
            if (of && !group) {
                continue; // "head of state in Damascus": look on to the next preposition
            }
            if (!role && !group) {
                return Optional.empty();
            }
            for (int i = 0; i < p - 1; i++) {
                String w = norm(words[i]);
                if (Character.isUpperCase(words[i].charAt(0)) && !isAcronym(words[i]) && !TITLES.contains(w)
                        && !DESCRIPTION_DETS.contains(w) && !w.equals("a") && !w.equals("an") && !w.equals("another")
                        && !(i == 0 && QUANTIFIERS.contains(w))
                        && !isDemonym(w) && !(i == 0 && DESCRIPTIVE_OPENERS.contains(w))) {
                    return Optional.empty(); // "Rami Abdel Rahman head of ...": a name before its role
                }
            }
            String whole = stripThe(String.join(" ", words));
            if (group) {
                return Optional.of(new Split(roles, Optional.of(whole), Optional.empty())); // "Russian forces in Syria"
            }
            Optional<String> org = java.util.Arrays.stream(words, 0, p - 1).filter(SpeakerParser::isAcronym).findFirst();
            return Optional.of(new Split(roles, org, Optional.of(whole)));
        }
        return Optional.empty();
    }

    static boolean linkWord(String w) {
        String n = norm(w);
        return n.equals("of") || n.equals("for") || n.equals("in") || n.equals("and") || n.equals("on") || n.equals("the");
    }

    /** "Russian", "Syrian", "American": nationality adjectives are part of an organisation, never a name. */
    static boolean isDemonym(String w) {
        String n = norm(w);
        return n.endsWith("ian") && !IAN_NAMES.contains(n) || n.endsWith("ese") || n.endsWith("ish") || I_DEMONYMS.contains(n)
                || n.equals("american") || n.equals("us") || n.equals("u.s.") || n.equals("french") || n.equals("dutch")
                || n.equals("greek") || n.equals("thai") || n.equals("iraqi") || n.equals("israeli") || n.equals("german")
                || n.equals("turkish") || n.equals("british") || n.equals("kurdish");
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static String norm(String w) {
        return w.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    static String lastWord(String s) {
        String[] w = SPACES.split(s.trim());
        return w[w.length - 1];
    }

    static String stripThe(String s) {
        return s.replaceFirst("^(?i)(the|a|an) ", "").trim();
    }
}
