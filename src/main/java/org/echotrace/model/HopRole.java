package org.echotrace.model;

/**
 * The part one source plays in a chain: {@code SPEAKER} the person speaking, {@code ORGANISATION}
 * what the speaker speaks for, {@code RELAY} a medium passing it on (a wire agency), {@code OUTLET}
 * the publishing outlet, the chain's last hop; {@code EVIDENCE} a recording, picture, figure or survey
 * the claim is said to be shown by, with no speaker behind it in the text.
 */
public enum HopRole {
    SPEAKER, ORGANISATION, RELAY, OUTLET, EVIDENCE
}
