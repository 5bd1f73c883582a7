package org.echotrace.extract.claim;

/**
 * A relation before the relation scorer sifts it: where it came from (a rule, a rule rebuilt on
 * the model's side, or the model alone) and the cue tagger's margin on its cue (its best cue score
 * less its outside score, over the cue's tokens: below 0 where the tagger would not have marked it).
 */
record Candidate(Found found, int origin, float margin) {
    static final int RULE = 0;
    static final int REVISED = 1;
    static final int MODEL = 2;
}
