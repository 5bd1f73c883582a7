package org.echotrace.extract.claim;

import org.echotrace.model.EntityType;
import org.echotrace.model.Speaker;
import org.echotrace.model.SpeakerKind;
import org.echotrace.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves pronouns and descriptions ("he", "the general", "the center", "the statement") to the
 * nearest compatible named speaker before them in the article: a person for "he"/"she" or a rank or
 * function noun, an organisation whose name holds the noun for "the center" or "the ministry" (or
 * "the Observatory", capitalised); and a relative pronoun ("Rami Abdel Rahman who said") to the
 * phrase it follows. Not thread-safe: one per article.
 */
final class SpeakerResolver {
    private static final java.util.Set<String> ORG_NOUNS = java.util.Set.of("center", "centre", "ministry", "agency",
            "department", "army", "government", "office", "council", "committee", "command", "coalition", "embassy",
            "service", "military", "administration", "group", "organization", "organisation", "campaign", "party",
            "company", "court", "police", "mission", "forces", "kremlin", "pentagon", "regime", "opposition",
            "rebels", "observatory", "monitor", "authorities", "alliance", "front", "network", "channel", "television",
            "newspaper", "media");

    private final String text;
    private final SpeakerTypes types;
    private final List<Speaker> named = new ArrayList<>();

    SpeakerResolver(String text) {
        this(text, SpeakerTypes.none());
    }

    /** With {@code types} telling a state or an institution from a person where the name alone cannot ("Turkey"). */
    SpeakerResolver(String text, SpeakerTypes types) {
        this.text = text;
        this.types = types;
    }

    /** The speaker of a source phrase, resolved when it refers back; named speakers are remembered. */
    Speaker resolve(TextSpan whole) {
        TextSpan source = withDescription(fromLastArticle(beforeRelative(withoutContraction(whole))));
        // "Omar Abu Laila, who lives in Europe, said": the relative clause's noun speaks, not "Europe".
        Optional<TextSpan> outer = clauseAntecedent(source);
        if (outer.isPresent()) {
            return resolve(outer.get());
        }
        String phrase = source.textOf(text);
        // "the British-based Observatory" is "the Observatory": where a body is based is no part of its name.
        String bare = SpeakerParser.stripThe(phrase.trim()).replaceFirst("^[\\p{L}-]+-based\\s+", "");
        // "Rami Abdel Rahman who said", "The video which was posted ... shows": the phrase before speaks.
        if (RELATIVES.contains(bare)) { // lower-case only: "WHO said" is the World Health Organization
            Optional<TextSpan> antecedent = antecedent(source.start());
            if (antecedent.isPresent()) {
                Speaker a = resolve(antecedent.get());
                return new Speaker(a.name(), a.kind(), a.role(), a.organisation(), source, Optional.of(a.mention()));
            }
            return new Speaker(bare, SpeakerKind.UNKNOWN, Optional.empty(), Optional.empty(), source, Optional.empty());
        }
        // "The Syrian Observatory for Human Rights a Britain-based monitoring group said": the comma before the
        // description lost, the body it describes speaks.
        Optional<Speaker> apposed = apposedBody(source, phrase.trim());
        if (apposed.isPresent()) {
            return apposed.get();
        }
        // "the Observatory", "Coalition": a capitalised body noun after its body was named in full.
        if (!bare.contains(" ") && !bare.isEmpty() && Character.isUpperCase(bare.charAt(0))
                && ORG_NOUNS.contains(bare.toLowerCase(Locale.ROOT))) {
            String head = bare.toLowerCase(Locale.ROOT);
            Optional<Speaker> full = nearest(s -> s.kind() != SpeakerKind.PERSON && s.name().contains(" ") && containsWord(s.name(), head));
            if (full.isPresent()) {
                Speaker f = full.get();
                return new Speaker(f.name(), f.kind(), f.role(), f.organisation(), source, Optional.of(f.mention()));
            }
        }
        // "the footage" names evidence, not a speaker mentioned before.
        if (!SpeakerParser.isReference(phrase) || EvidenceSources.isEvidence(phrase)) {
            Speaker s = typed(SpeakerParser.parse(phrase, source));
            // "Konashenkov" after "Igor Konashenkov": the same person, with what is known of them.
            if (s.kind() == SpeakerKind.PERSON) {
                Optional<Speaker> same = nearest(p -> p.kind() == SpeakerKind.PERSON && p != s && sameName(p.name(), s.name()));
                if (same.isPresent()) {
                    Speaker known = same.get();
                    String full = known.name().length() >= s.name().length() ? known.name() : s.name();
                    Speaker merged = new Speaker(full, SpeakerKind.PERSON, s.role().or(known::role),
                            s.organisation().or(known::organisation), source, full.equals(s.name()) ? Optional.empty() : Optional.of(known.mention()));
                    named.add(merged);
                    return merged;
                }
            }
            if (s.kind() != SpeakerKind.UNKNOWN && s.kind() != SpeakerKind.EVIDENCE) {
                named.add(s);
            }
            return s;
        }
        String lower = phrase.toLowerCase(Locale.ROOT).trim();
        String[] words = lower.split("\\s+");
        String head = words[words.length - 1];
        Optional<Speaker> found = switch (head) {
            case "he", "she" -> nearest(s -> s.kind() == SpeakerKind.PERSON && !JointSpeakers.isJoint(s))
                    .or(() -> personNamedBefore(source));
            case "i" -> nearest(s -> s.kind() == SpeakerKind.PERSON && !JointSpeakers.isJoint(s));
            case "it" -> (words.length == 1 ? subjectBody(source) : Optional.<Speaker>empty())
                    .or(() -> nearest(s -> s.kind() != SpeakerKind.PERSON && !JointSpeakers.isJoint(s)));
            case "they", "we" -> nearest(s -> true);
            case "statement", "statements", "report", "release", "communique", "briefing", "announcement", "document" ->
                    nearest(s -> s.kind() != SpeakerKind.PERSON).or(() -> nearest(s -> true));
            default -> ORG_NOUNS.contains(head)
                    ? nearest(s -> s.kind() != SpeakerKind.PERSON && containsWord(s.name(), head))
                            .or(() -> nearest(s -> s.organisation().map(o -> containsWord(o, head)).orElse(false))
                                    .map(SpeakerResolver::organisationOf))
                            .or(() -> genericBody(words) ? nearest(this::isNamedBody) : Optional.empty())
                            .or(() -> words.length == 2 && words[0].equals("the") && head.equals("group")
                                    ? lastSpeakerIfNamedBody(source) : Optional.empty())
                    : nearest(s -> s.kind() == SpeakerKind.PERSON && s.role().map(r -> containsWord(r, head)).orElse(false))
                            // "the sources" after "Local sources in the city": the group described before.
                            .or(() -> SpeakerWords.GROUP_HEADS.contains(head) && words.length <= 2
                                    ? nearest(s -> s.kind() == SpeakerKind.ORGANISATION && s.role().map(r -> containsWord(r, head)).orElse(false))
                                    : Optional.empty())
                            // "the official" is the person named last; "this year", "the text messages" are nobody.
                            .or(() -> SpeakerParser.isPersonNoun(head) ? nearest(s -> s.kind() == SpeakerKind.PERSON && !JointSpeakers.isJoint(s))
                                    : Optional.empty());
        };
        return found.map(s -> new Speaker(s.name(), s.kind(), s.role(), s.organisation(), source, Optional.of(s.mention())))
                // "the Assad regime", "the Syrian government" with nothing named before: a body, by its description.
                .orElseGet(() -> new Speaker(SpeakerParser.stripThe(phrase.trim()),
                        ORG_NOUNS.contains(head) && words.length > 2 ? SpeakerKind.ORGANISATION : SpeakerKind.UNKNOWN,
                        Optional.empty(), Optional.empty(), source, Optional.empty()));
    }

    /**
     * "the monitor", "The Britain-based monitor", "the monitoring group": a generic body with no
     * modifier but where it is based, so it refers back to the body last named. "the jihadist
     * group" or "the rebel group" says which body it is, and is not the monitor named before it.
     */
    private static boolean genericBody(String[] words) {
        return genericBody(words, DESCRIPTION_DETS);
    }

    private static boolean genericBody(String[] words, java.util.Set<String> determiners) {
        String head = words[words.length - 1];
        // "the group" alone is as often the armed group the story is about: only "the monitoring group" is the monitor.
        boolean monitoringGroup = head.equals("group") && words.length > 2 && words[words.length - 2].equals("monitoring");
        if (words.length < 2 || !(SpeakerWords.GENERIC_BODIES.contains(head) || monitoringGroup) || !determiners.contains(words[0])) {
            return false;
        }
        for (int i = 1; i < words.length - 1; i++) {
            if (!words[i].endsWith("-based") && !words[i].equals("monitoring") && !words[i].equals("same")) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> DESCRIPTION_DETS = java.util.Set.of("the", "this", "that");

    /**
     * A named organisation that is neither a state nor a medium: "Syrian Observatory for Human
     * Rights", not "Russia" or "official SANA news agency".
     */
    private boolean isNamedBody(Speaker s) {
        if (s.kind() != SpeakerKind.ORGANISATION || s.resolvedFrom().isPresent()
                || types.of(s.mention()).filter(t -> t == EntityType.PLACE).isPresent()) {
            return false;
        }
        for (String w : s.name().split("\\s+")) {
            // A name, not a description: every word capitalised but the links ("Observatory for Human Rights").
            if (MEDIA_WORDS.contains(w.toLowerCase(Locale.ROOT)) || !w.isEmpty() && !Character.isUpperCase(w.charAt(0))
                    && !NAME_LINKS.contains(w)) {
                return false;
            }
        }
        return !CueLexicon.isAgency(s.name());
    }

    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("of", "for", "the", "and", "in", "on", "al");
    private static final java.util.Set<String> MEDIA_WORDS = java.util.Set.of("news", "agency", "television", "tv",
            "channel", "radio", "newspaper", "media");

    /** Words after which "a" or "the" opens no new phrase: "the head of a monitoring group", "sources inside the Syrian army". */
    private static final java.util.Set<String> BEFORE_INNER_ARTICLE = java.util.Set.of("of", "for", "from", "by", "with",
            "at", "in", "on", "to", "as", "like", "and", "or", "than", "inside", "within", "outside", "near", "among",
            "amongst", "under", "over", "about", "against", "across", "behind", "into", "through", "including",
            "between", "after", "before", "during", "around", "toward", "towards", "via", "per", "close", "nor",
            "but", "is", "was", "are", "were", "be", "been", "not");

    /**
     * A source phrase that runs on through a lost comma ("in Syria a monitor said", "the Syrian
     * capital a monitoring group said", "on Friday the Syrian Observatory for Human Rights said")
     * starts at its last inner indefinite article, or inner "the" before a capitalised word, unless
     * a preposition or a conjunction stands before it ("the head of a monitoring group", "sources
     * inside the Syrian army"); where a person's name stands before the article, the comma was an
     * apposition's ("Andrew Tabler a fellow at ...", "Abu Moussa the Jaish al-Islam spokesman"), and
     * the name is the speaker.
     */
    private TextSpan fromLastArticle(TextSpan source) {
        String phrase = source.textOf(text);
        if (phrase.contains(", ")) {
            return source; // an apposition's commas were kept ("Scott Pruitt, the attorney general of ..."): none was lost
        }
        java.util.regex.Matcher m = INNER_ARTICLE.matcher(phrase);
        int cut = -1;
        int nameEnd = -1;
        while (m.find()) {
            if (!BEFORE_INNER_ARTICLE.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                cut = m.start(2);
                nameEnd = m.end(1);
            }
        }
        if (cut < 0) {
            return source;
        }
        TextSpan before = new TextSpan(source.start(), source.start() + nameEnd);
        return types.of(before).filter(t -> t == EntityType.PERSON).isPresent() ? before
                : new TextSpan(source.start() + cut, source.end());
    }

    private static final java.util.regex.Pattern INNER_ARTICLE = java.util.regex.Pattern.compile(
            "([\\p{L}\\p{N}'’-]+)\\s+((?:a|an)\\s+\\p{L}|the\\s+\\p{Lu}|(?:A|An)\\s+\\p{Ll})");

    /**
     * A source phrase that goes on into a relative clause ("A local activist who uses the name Abu
     * al-Hassan", "Opposition activist Omar Abu Laila who currently lives in Europe but ...") is
     * spoken by the phrase before the clause; the clause only describes it. Lower case only:
     * "WHO" is the World Health Organization.
     */
    private TextSpan beforeRelative(TextSpan source) {
        java.util.regex.Matcher m = RELATIVE_CLAUSE.matcher(source.textOf(text));
        return m.find() && m.start() > 0 ? new TextSpan(source.start(), source.start() + m.start()) : source;
    }

    /**
     * A source found inside a short relative clause ("Omar Abu Laila, who lives in Europe, said",
     * "A local activist who uses the name Abu Yasin said"): the phrase the clause follows, when at
     * most {@value #CLAUSE_WORDS} words and no comma stand between its pronoun and the source.
     */
    private Optional<TextSpan> clauseAntecedent(TextSpan source) {
        int from = Math.max(0, source.start() - 160);
        String before = text.substring(from, source.start());
        java.util.regex.Matcher m = RELATIVE_CLAUSE.matcher(before);
        int pronoun = -1;
        while (m.find()) {
            if (!m.group(1).equals("whose")) { // "X, whose brother said": the brother speaks, not X
                pronoun = m.start(1);
            }
        }
        if (pronoun < 0) {
            return Optional.empty();
        }
        String between = before.substring(pronoun).replaceFirst("^\\p{L}+\\s+", "").trim();
        // "attacks, many of which have been claimed by Daesh": an agent after "by" is no noun of the clause.
        if (between.isEmpty() || between.split("\\s+").length > CLAUSE_WORDS || between.matches(".*[,.;:!?\"“”()].*")
                || between.matches("(?s).*\\bby$")) {
            return Optional.empty();
        }
        return antecedent(from + pronoun);
    }

    private static final int CLAUSE_WORDS = 4;

    /**
     * A bare generic body ("monitor") whose determiner and where it is based the source left out:
     * "The Britain-based [monitor] said" reads as "The Britain-based monitor".
     */
    private TextSpan withDescription(TextSpan source) {
        String phrase = source.textOf(text).trim();
        if (!SpeakerWords.GENERIC_BODIES.contains(phrase)) {
            return source;
        }
        java.util.regex.Matcher m = DESCRIPTION_BEFORE.matcher(text.substring(Math.max(0, source.start() - 60), source.start()));
        return m.find() ? new TextSpan(source.start() - (m.end() - m.start()), source.end()) : source;
    }

    private static final java.util.regex.Pattern DESCRIPTION_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:[Tt]he|[Tt]his)(?:\\s+(?:[\\p{L}-]+-based|monitoring|same))*\\s+$");

    private static final java.util.regex.Pattern RELATIVE_CLAUSE = java.util.regex.Pattern.compile(
            "(?<=[\\p{L}\\p{N}.)])\\s*,?\\s+(who|which|whose)\\s");

    /** "They're", "He’s" as one token: the pronoun alone speaks. */
    private TextSpan withoutContraction(TextSpan source) {
        int pronoun = SourcePhrases.contractedPronounLength(source.textOf(text));
        return pronoun > 0 ? new TextSpan(source.start(), source.start() + pronoun) : source;
    }

    /** Relative pronouns standing as a source: the phrase they follow is the speaker. */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "that");
    /** Words that open a noun phrase, as far back as an antecedent is sought. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("the", "a", "an", "this", "these", "those",
            "two", "three", "four", "five", "several", "some", "many");
    private static final int ANTECEDENT_WORDS = 8;
    private static final java.util.regex.Pattern PLACE_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:in|from|at|near|inside|outside)\\s+$");

    /**
     * The phrase a relative pronoun at {@code at} follows: a name ("Rami Abdel Rahman, who"), else a
     * noun phrase from its determiner within {@value #ANTECEDENT_WORDS} words ("two young men in orange
     * jumpsuits who", "The video which"); none past a sentence's end.
     */
    private Optional<TextSpan> antecedent(int at) {
        int from = Math.max(0, at - 160);
        String before = text.substring(from, at);
        java.util.regex.Matcher m = BodyMentions.NAME_BEFORE.matcher(before);
        if (m.find() && !m.group(1).isEmpty() && !RELATIVES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            int end = from + m.start(1) + m.group(1).length();
            String name = m.group(1);
            // The run must not start a sentence with an ordinary capitalised word: "The video" is a phrase, not a name;
            // nor be the place of a phrase: "An activist in Deir al-Zor, who" is the activist.
            if (!OPENERS.contains(name.split("\\s+")[0].toLowerCase(Locale.ROOT))
                    && !PLACE_BEFORE.matcher(before.substring(0, m.start(1))).find()) {
                return Optional.of(new TextSpan(from + m.start(1), end));
            }
        }
        String trimmed = before.stripTrailing();
        if (trimmed.endsWith(",")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        int end = from + trimmed.length();
        int cursor = trimmed.length();
        for (int w = 0; w < ANTECEDENT_WORDS && cursor > 0; w++) {
            int space = trimmed.lastIndexOf(' ', cursor - 1);
            String word = trimmed.substring(space + 1, cursor);
            if (word.isEmpty() || ".!?;:\"”".indexOf(word.charAt(word.length() - 1)) >= 0) {
                return Optional.empty();
            }
            if (OPENERS.contains(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(new TextSpan(from + space + 1, end));
            }
            cursor = Math.max(0, space);
        }
        return Optional.empty();
    }

    /** A bare name the entity tagger reads as a place or an organisation speaks for a state or a body, not as a person. */
    private Speaker typed(Speaker s) {
        if (s.kind() != SpeakerKind.PERSON || s.role().isPresent() || s.organisation().isPresent()) {
            return s;
        }
        Optional<EntityType> type = types.of(s.mention());
        if (type.isPresent() && type.get() != EntityType.PERSON
                && type.get() != EntityType.MISC) {
            return new Speaker(s.name(), SpeakerKind.ORGANISATION, s.role(), s.organisation(), s.mention(), s.resolvedFrom());
        }
        return s;
    }

    /** Same person: one name's last word is the other's ("Konashenkov", "Igor Konashenkov"). */
    private static boolean sameName(String a, String b) {
        String[] x = a.split("\\s+");
        String[] y = b.split("\\s+");
        return x[x.length - 1].equalsIgnoreCase(y[y.length - 1]);
    }

    /**
     * The news lead's unnamed body, named in what follows: "... killed 25 soldiers, a monitoring
     * group said. The Britain-based Syrian Observatory for Human Rights said ...". A speaker given
     * as an indefinite generic body ("a monitor", "a Britain-based monitoring group") is the first
     * named body that speaks within the next two paragraphs, as are the speakers resolved to it;
     * the rest are returned as they are. {@code paragraphs[i]} is the paragraph of {@code speakers.get(i)}.
     */
    List<Speaker> withLeadBodiesNamed(List<Speaker> speakers, int[] paragraphs) {
        List<Speaker> out = new ArrayList<>(speakers);
        for (int i = 0; i < out.size(); i++) {
            Speaker s = out.get(i);
            if (s == null || s.kind() != SpeakerKind.UNKNOWN || s.resolvedFrom().isPresent()
                    || !genericBody(s.mention().textOf(text).toLowerCase(Locale.ROOT).trim().split("\\s+"), INDEFINITE)) {
                continue;
            }
            for (int j = i + 1; j < out.size() && paragraphs[j] - paragraphs[i] <= 2; j++) {
                Speaker named = out.get(j);
                if (named != null && isNamedBody(named)) {
                    TextSpan lead = s.mention();
                    for (int k = i; k < out.size(); k++) {
                        Speaker r = out.get(k);
                        if (r != null && (r == s || r.resolvedFrom().filter(lead::equals).isPresent())) {
                            out.set(k, new Speaker(named.name(), named.kind(), named.role(), named.organisation(),
                                    r.mention(), Optional.of(named.mention())));
                        }
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> INDEFINITE = java.util.Set.of("a", "an");

    /** The latest named speaker, for a report with no source of its own ("It is also reported that"). */
    Optional<Speaker> latest() {
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
    }

    private static Speaker organisationOf(Speaker person) {
        String org = person.organisation().orElseThrow();
        return new Speaker(org, SpeakerKind.ORGANISATION, Optional.empty(), Optional.empty(), person.mention(), Optional.empty());
    }

    /**
     * "He" where no person has spoken yet: the person the entity tagger finds last before it, in
     * its sentence or the {@value #PERSON_SENTENCES_BACK} before it ("Ivo Marek left the council in
     * May. He said ..."). Not remembered as a speaker: only what a source names is.
     */
    private Optional<Speaker> personNamedBefore(TextSpan pronoun) {
        return types.lastPersonBefore(pronoun.start(), PERSON_SENTENCES_BACK).map(span -> {
            Speaker p = SpeakerParser.parse(span.textOf(text).replaceAll("[\"“”’'(]+$", ""), span);
            return new Speaker(p.name(), SpeakerKind.PERSON, p.role(), p.organisation(), span, Optional.empty());
        }).filter(p -> PERSON_NAME.matcher(p.name()).matches());
    }

    /** A name the tagger may hand a pronoun: capitalised words, two letters or more ("Abel “" and "I" are none). */
    private static final java.util.regex.Pattern PERSON_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*|\\s+(?:al|el|bin|ibn|de|van|von|da)(?:-\\p{Lu}[\\p{L}.'’-]*)?)*");

    private static final int PERSON_SENTENCES_BACK = 2;

    /**
     * "The Syrian Observatory for Human Rights says ... The group says its information ...": a bare "the
     * group" goes on with the body that spoke last, when that body was named a sentence or two before
     * (within {@value #GROUP_REACH} characters); otherwise it may be the armed group the story is about.
     */
    private Optional<Speaker> lastSpeakerIfNamedBody(TextSpan source) {
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Speaker last = named.get(named.size() - 1);
        return isNamedBody(last) && last.mention().end() <= source.start() && source.start() - last.mention().end() <= GROUP_REACH
                ? Optional.of(last) : Optional.empty();
    }

    private static final int GROUP_REACH = 400;

    /** The named body a lost-comma description follows ({@link BodyMentions#apposedName}) speaks for it. */
    private Optional<Speaker> apposedBody(TextSpan source, String phrase) {
        Optional<TextSpan> name = BodyMentions.apposedName(text, source, phrase);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Speaker body = typed(SpeakerParser.parse(name.get().textOf(text), name.get()));
        if (!isNamedBody(body) || !body.name().contains(" ")) {
            return Optional.empty();
        }
        named.add(body);
        return Optional.of(new Speaker(body.name(), body.kind(), body.role(), body.organisation(), source, name));
    }

    /**
     * "The Aleppo Media Centre, an online news portal, posted a video that it said was ...": a named
     * body opening the sentence of an "it" is what "it" is, before any body that spoke earlier.
     */
    private Optional<Speaker> subjectBody(TextSpan source) {
        Optional<TextSpan> name = BodyMentions.sentenceSubject(text, source);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Speaker body = typed(SpeakerParser.parse(name.get().textOf(text), name.get()));
        boolean isBody = (body.kind() == SpeakerKind.ORGANISATION || body.kind() == SpeakerKind.MEDIA) && body.name().contains(" ")
                && (types.of(name.get()).filter(t -> t == EntityType.PLACE).isEmpty()
                || SpeakerWords.ORG_HEADS.contains(SpeakerParser.lastWord(body.name()).toLowerCase(Locale.ROOT))); // "Aleppo Media Centre" is no place
        return isBody ? Optional.of(body) : Optional.empty();
    }

    private Optional<Speaker> nearest(java.util.function.Predicate<Speaker> ok) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (ok.test(named.get(i))) {
                return Optional.of(named.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean containsWord(String haystack, String word) {
        for (String w : haystack.toLowerCase(Locale.ROOT).split("[\\s,-]+")) {
            if (w.equals(word) || w.equals(word.replace("centre", "center")) || word.equals("general") && w.endsWith("general")) {
                return true;
            }
        }
        return false;
    }
}
