package org.echotrace.extract.claim;

import java.util.Set;

/**
 * The words {@link SpeakerParser} reads a source phrase by: titles and roles, the heads of
 * organisations, groups and people, portfolios, nationality adjectives, placing prepositions, media
 * kinds and opening quantifiers. Lower case; a phrase's words are compared through
 * {@link SpeakerParser#norm}.
 */
final class SpeakerWords {
    static final Set<String> TITLES = Set.of("major", "general", "major-general", "lieutenant", "lieutenant-general",
            "lt", "lt.", "gen", "gen.", "maj", "maj.", "col", "col.", "colonel", "captain", "capt.", "admiral", "sergeant",
            "commander", "president", "prime", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
            "deputy", "chief", "head", "director", "ambassador", "senator", "sen.", "rep.", "representative", "governor",
            "mayor", "official", "officials", "officer", "envoy", "chairman", "chairwoman", "chair", "adviser",
            "advisor", "analyst", "expert", "professor", "dr.", "mr.", "mrs.", "ms.", "king", "queen", "prince",
            "sheikh", "commissioner", "lawmaker", "congressman", "congresswoman", "leader", "candidate", "nominee",
            "former", "acting", "vice", "press", "manager", "ceo", "founder", "executive", "editor", "correspondent",
            "journalist", "aide", "staffer", "foreign", "defense", "defence", "interior", "first", "assistant",
            "senior", "top", "military", "army", "chief-of-staff", "staff", "of", "the", "state", "sources", "source",
            "spokesmen", "members", "member", "researcher", "scientist", "doctor", "witness", "resident", "activist",
            "commentator", "host", "anchor", "strategist", "pollster", "attorney", "lawyer", "judge", "justice");
    static final Set<String> ORG_HEADS = Set.of("ministry", "center", "centre", "agency", "department", "forces", "force",
            "army", "government", "office", "council", "committee", "command", "headquarters", "coalition", "pentagon",
            "kremlin", "embassy", "service", "corps", "commission", "institute", "university", "party", "campaign",
            "group", "organization", "organisation", "union", "bank", "company", "corporation", "administration",
            "house", "court", "parliament", "congress", "senate", "police", "navy", "brigade", "battalion", "division",
            "fund", "foundation", "association", "federation", "network", "observatory", "news", "media", "channel",
            "newspaper", "times", "post", "journal", "ministry's", "staff", "mission", "state", "daesh", "isis", "isil",
            "nato", "un", "who", "fbi", "cia", "mod", "tass", "reuters", "sputnik", "interfax");
    /** Head words of people who speak, beside the titles and organisation heads ("Texas Mom", "Muslim Cleric"). */
    static final Set<String> PEOPLE = Set.of("mom", "mum", "mother", "dad", "father", "wife", "husband",
            "son", "daughter", "victim", "survivor", "eyewitness", "cleric", "imam", "priest", "bishop", "cardinal",
            "pope", "rabbi", "pastor", "student", "teacher", "nurse", "farmer", "rancher", "veteran", "soldier",
            "insider", "whistleblower", "economist", "historian", "author", "writer", "actor", "chancellor",
            "premier", "pm", "fm", "mp", "mep", "legislator", "monitor", "observer", "watchdog", "regulator",
            "inspector", "investigator", "prosecutor", "opposition", "rebel", "militant", "protester", "parent",
            "coroner", "sheriff", "cop", "critic", "supporter", "voter", "citizen", "commander", "general");
    /** The portfolio after a minister's "of" ("Minister of Foreign Affairs Sergei Lavrov"): part of the role, not of the name. */
    static final Set<String> PORTFOLIOS = Set.of("affairs", "health", "justice", "finance", "economy",
            "education", "information", "energy", "trade", "agriculture", "emergencies", "emergency", "culture",
            "transport", "labour", "labor", "industry", "communications", "reconciliation", "security", "intelligence",
            "war", "homeland", "treasury", "commerce", "development", "environment", "immigration", "integration");
    /** The kind of a body written before its name ("the jihadist group Islamic State", "the movement Hezbollah"). */
    static final Set<String> BODY_KIND_WORDS = Set.of("group", "movement", "militia", "faction", "organisation",
            "organization", "party", "coalition", "alliance", "front", "charity", "body", "watchdog", "company", "firm",
            "organisations", "groups", "network", "brigade", "battalion", "outfit");
    /** Words that open a time phrase before its day or month ("on Tuesday", "last Friday", "early Monday"). */
    static final Set<String> TIME_WORDS = Set.of("on", "last", "this", "early", "late", "next", "since", "in");
    /** Name particles written apart and in lower case ("Staffan de Mistura", "Moqtada al Sadr"): more of the name. */
    static final Set<String> LOOSE_PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "der", "van", "von", "al",
            "el", "bin", "ibn", "bint", "abu", "dos", "das", "le", "la");
    /** First names in "-ian", which nationality adjectives share ("Brian Fallon", not a "Brian" nation). */
    static final Set<String> IAN_NAMES = Set.of("brian", "ian", "adrian", "julian", "christian", "damian", "vivian",
            "lillian", "fabian", "sebastian", "marian", "jillian", "gillian", "dorian", "florian", "maximilian", "kristian",
            "lilian", "killian", "cillian", "bastian");
    /** Nationality adjectives in "-i" ("Iraqi", "Saudi"), which first names share ("Sergei", "Andrei"). */
    static final Set<String> I_DEMONYMS = Set.of("iraqi", "israeli", "pakistani", "saudi", "yemeni", "kuwaiti",
            "omani", "qatari", "emirati", "bahraini", "somali", "bangladeshi", "afghani", "azerbaijani", "nepali",
            "kazakhi", "uzbeki", "iraqis", "israelis", "pakistanis", "saudis", "yemenis", "somalis", "emiratis");
    /**
     * Prepositions that place a role or a group ("a source in Aleppo", "a resident at the camp"); "of"
     * places a group only ("residents of Homs"): "head of the Observatory" names its body.
     */
    static final Set<String> PLACING = Set.of("in", "at", "from", "near", "inside", "on");
    /** Heads of groups and institutions written in lower case after their qualifier ("Syrian army", "state TV"). */
    static final Set<String> GROUP_HEADS = Set.of("military", "opposition", "rebels", "regime", "authorities",
            "tv", "television", "radio", "officials", "sources", "activists", "residents", "witnesses", "members",
            "experts", "analysts", "critics", "supporters", "doctors", "rescuers", "medics", "monitors", "spokesmen",
            "leaders", "diplomats", "lawmakers", "militants", "troops", "soldiers", "fighters", "gunmen", "volunteers",
            "workers", "journalists", "reporters", "correspondents", "extremists", "jihadists", "insurgents",
            "civilians", "survivors", "refugees", "villagers", "locals", "protesters", "demonstrators", "powers",
            "countries", "nations", "allies", "governments", "embassies", "capitals", "people", "officers", "factions",
            "militias", "outlets", "democrats", "republicans", "conservatives", "liberals", "progressives", "prosecutors",
            "investigators", "senators", "scientists", "researchers", "socialists", "nationalists", "christians",
            "muslims", "catholics", "evangelicals", "bishops", "cardinals");
    /** A phrase's opening determiner or quantifier, capitalised by its sentence ("A Nov. 29 report", "Some lawmakers"): no name. */
    static final Set<String> QUANTIFIERS = Set.of("a", "an", "one", "some", "many", "several", "most", "both",
            "all", "few", "other", "others", "another", "each", "every", "no", "two", "three", "four", "five", "dozens",
            "hundreds", "thousands", "this", "these", "those", "that", "such", "more", "numerous", "various");
    /** What a medium is, written before its name ("news agency SANA", "state television Al-Ikhbariya"). */
    static final Set<String> MEDIA_KINDS = Set.of("agency", "channel", "newspaper", "television", "tv",
            "radio", "broadcaster", "daily", "outlet", "website", "network");
    /** Title words that may open an organisation's name ("Defense Ministry", "State Department"). */
    static final Set<String> ORG_TITLES = Set.of("defense", "defence", "foreign", "interior", "state", "military",
            "army", "press", "staff", "first", "the");
    /**
     * Adjectives that open an unnamed source's description, capitalised only by their sentence ("Local
     * sources in the city", "Medical sources at the hospital"): no name.
     */
    static final Set<String> DESCRIPTIVE_OPENERS = Set.of("local", "state", "government", "pro-government", "opposition",
            "rebel", "security", "medical", "military", "western", "foreign", "senior", "informed", "unnamed", "anonymous",
            "independent", "official", "hospital", "rescue", "civil", "regional", "tribal", "field", "diplomatic",
            "humanitarian", "activist", "eyewitness", "other", "israeli", "kurdish", "police");
    static final Set<String> DESCRIPTION_DETS = Set.of("the", "this", "that", "these", "those", "its",
            "his", "her", "their");
    static final Set<String> PERSON_NOUNS = Set.of("official", "diplomat", "aide", "envoy", "analyst", "expert",
            "judge", "chief", "head", "witness", "deputy", "candidate", "attorney", "counsel", "boss", "ceo", "scholar",
            "surgeon", "pilot", "lawmaker", "colleague", "friend", "nominee", "appointee", "host", "guest", "lawyer");
    /** Heads that name a body by what it is, not by a word of its name: "the monitor", "the watchdog". */
    static final Set<String> GENERIC_BODIES = Set.of("monitor", "organisation", "organization", "watchdog");
    static final Set<String> BODY_KINDS = java.util.stream.Stream.concat(GENERIC_BODIES.stream(), java.util.stream.Stream.of("group"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Title words that name no one person when they end a phrase ("the source", "the staff", "members"). */
    static final Set<String> NOT_PERSON_TITLES = Set.of("of", "the", "state", "sources", "source",
            "staff", "members", "member", "officials", "spokesmen", "foreign", "defense", "defence", "interior", "first",
            "military", "army", "press", "former", "acting", "vice", "senior", "top", "deputy", "assistant", "executive",
            "prime", "chief-of-staff");

    private SpeakerWords() {
    }
}
