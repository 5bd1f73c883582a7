package org.echotrace.model;

/**
 * How an attribution is voiced, the classes our attribution benchmark is reported by.
 * {@code DIRECT}: a quotation in quote marks; {@code INDIRECT}: reported speech ("X said that ...");
 * {@code ACCORDING_TO}: "according to X", "as reported by X"; {@code OTHER}: the rest (credit lines,
 * passive "it was announced", nominal cues such as "the statement").
 */
public enum CueType {
    DIRECT, INDIRECT, ACCORDING_TO, OTHER
}
