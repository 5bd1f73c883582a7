package org.echotrace.extract.technique;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Small cue lexicons, written for this project from the technique definitions of the SemEval-2020
 * Task 11 guidelines (not taken from any list). Each word names a family; the models learn how much a
 * family counts, so a word here is a hint, never a decision.
 *
 * <p>Design decision: families, not one list per technique. Fear words help both "appeal to fear" and
 * "loaded language"; the classifier sorts that out from the weights.
 */
final class Lexicons {
    private static final Map<String, List<String>> FAMILIES = Map.ofEntries(
            Map.entry("fear", List.of("threat", "threaten", "threatens", "danger", "dangerous", "deadly", "terror",
                    "terrorist", "terrorists", "destroy", "destroyed", "destruction", "catastrophe", "catastrophic",
                    "disaster", "crisis", "invasion", "invade", "kill", "killed", "killing", "death", "die", "attack",
                    "attacks", "fear", "afraid", "risk", "collapse", "doom", "war", "violence", "violent", "chaos",
                    "nightmare", "horror", "jihad", "jihadist", "jihadists", "enemy", "enemies", "flood", "rape")),
            Map.entry("loaded", List.of("evil", "disgusting", "outrageous", "shameful", "horrific", "horrible",
                    "vile", "despicable", "radical", "extreme", "extremist", "insane", "crazy", "ridiculous", "absurd",
                    "pathetic", "stupid", "brutal", "savage", "barbaric", "monstrous", "sick", "corrupt", "corruption",
                    "lies", "lie", "lying", "liar", "hoax", "scam", "fake", "rigged", "witch", "hunt", "slaughter",
                    "massacre", "treason", "traitor", "traitors", "betrayal", "coward", "cowardly", "shocking",
                    "bombshell", "explosive", "scandal", "disgrace", "disgraceful", "hysteria", "hysterical",
                    "propaganda", "regime", "puppet", "thugs", "thug", "mob", "cabal", "elite", "elites")),
            Map.entry("names", List.of("idiot", "moron", "fool", "clown", "lunatic", "communist", "socialist",
                    "marxist", "fascist", "nazi", "nazis", "racist", "bigot", "leftist", "leftists", "liberal",
                    "liberals", "globalist", "globalists", "snowflake", "alt-right", "antifa", "deep", "swamp",
                    "crooked", "mainstream", "msm", "activist", "activists", "apologist", "zealot", "demagogue")),
            Map.entry("intensity", List.of("very", "extremely", "totally", "completely", "absolutely", "utterly",
                    "never", "always", "ever", "all", "every", "everyone", "nobody", "nothing", "entire", "massive",
                    "huge", "enormous", "unprecedented", "greatest", "worst", "best", "biggest", "incredible",
                    "literally", "really", "truly", "only", "mere", "merely", "just", "thousands", "millions",
                    "countless", "endless", "tiny", "minor", "so-called")),
            Map.entry("doubt", List.of("whether", "question", "questions", "questionable", "doubt", "doubts",
                    "dubious", "allegedly", "alleged", "supposedly", "claim", "claims", "claimed", "really",
                    "credibility", "why", "suspicious", "mysterious", "unclear", "unproven", "unverified")),
            Map.entry("flag", List.of("america", "american", "americans", "nation", "national", "nationalist",
                    "patriot", "patriots", "patriotic", "country", "homeland", "flag", "sovereignty", "freedom",
                    "liberty", "our", "we", "people", "citizens", "constitution", "heritage", "great")),
            Map.entry("authority", List.of("said", "says", "according", "expert", "experts", "scientist",
                    "scientists", "professor", "official", "officials", "study", "report", "pope", "president",
                    "doctor", "agency", "testified", "confirmed", "stated", "declared")),
            Map.entry("cause", List.of("because", "therefore", "thus", "hence", "consequently", "cause", "caused",
                    "causes", "result", "resulted", "due", "since", "blame", "blamed", "responsible", "fault",
                    "led", "leads", "so")),
            Map.entry("choice", List.of("either", "or", "neither", "nor", "only", "must", "choice", "choose",
                    "alternative", "unless", "otherwise", "against")),
            Map.entry("crowd", List.of("everyone", "everybody", "majority", "most", "join", "popular", "millions",
                    "hitler", "nazi", "nazis", "stalin", "mao", "isis", "holocaust")),
            Map.entry("deflect", List.of("what", "about", "while", "yet", "hypocrisy", "hypocrite", "hypocritical",
                    "double", "standard", "instead", "meanwhile", "distraction", "distract")),
            Map.entry("cliche", List.of("period", "enough", "simply", "fact", "matter", "end", "story", "it",
                    "is", "what", "way", "things", "move", "on", "nothing", "new", "sun")));

    private static final Map<String, List<String>> BY_WORD = byWord();

    private Lexicons() {
    }

    /** The families a lower-cased word belongs to, in a fixed order; empty when none. */
    static List<String> families(String lower) {
        return BY_WORD.getOrDefault(lower, List.of());
    }

    static Set<String> familyNames() {
        return new java.util.TreeSet<>(FAMILIES.keySet());
    }

    private static Map<String, List<String>> byWord() {
        Map<String, List<String>> out = new TreeMap<>();
        for (String family : new java.util.TreeSet<>(FAMILIES.keySet())) {
            for (String w : FAMILIES.get(family)) {
                out.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(family);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }
}
