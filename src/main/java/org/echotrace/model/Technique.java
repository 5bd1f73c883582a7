package org.echotrace.model;

/**
 * The 14 propaganda techniques of SemEval-2020 Task 11, with the labels its files use
 * ({@link #label()}).
 */
public enum Technique {
    APPEAL_TO_AUTHORITY("Appeal_to_Authority"),
    APPEAL_TO_FEAR_PREJUDICE("Appeal_to_fear-prejudice"),
    BANDWAGON_REDUCTIO_AD_HITLERUM("Bandwagon,Reductio_ad_hitlerum"),
    BLACK_AND_WHITE_FALLACY("Black-and-White_Fallacy"),
    CAUSAL_OVERSIMPLIFICATION("Causal_Oversimplification"),
    DOUBT("Doubt"),
    EXAGGERATION_MINIMISATION("Exaggeration,Minimisation"),
    FLAG_WAVING("Flag-Waving"),
    LOADED_LANGUAGE("Loaded_Language"),
    NAME_CALLING_LABELING("Name_Calling,Labeling"),
    REPETITION("Repetition"),
    SLOGANS("Slogans"),
    THOUGHT_TERMINATING_CLICHES("Thought-terminating_Cliches"),
    WHATABOUTISM_STRAW_MEN_RED_HERRING("Whataboutism,Straw_Men,Red_Herring");

    private final String label;

    Technique(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The technique a SemEval label names. */
    public static java.util.Optional<Technique> findByLabel(String label) {
        for (Technique t : values()) {
            if (t.label.equals(label)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
