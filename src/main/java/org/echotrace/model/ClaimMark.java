package org.echotrace.model;

/** How a claim is put: hedged ("may", "reportedly"), as a question, or as opinion ("we believe", "of course"). */
public enum ClaimMark {
    HEDGED, QUESTION, OPINION
}
