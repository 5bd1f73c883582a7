package org.echotrace.model;

/**
 * A non-fatal oddity found while processing one article (a guessed encoding, a truncated line).
 * The article is still kept; the notice travels with it.
 */
public record Notice(String stage, String message) {
}
