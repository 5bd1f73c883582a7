package org.echotrace.model;

/** Whose voice a claim is in: relayed from a source, or the outlet's own assertion. */
public enum ClaimKind {
    ATTRIBUTED, OWN
}
