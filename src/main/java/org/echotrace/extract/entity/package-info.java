/**
 * Entity mentions: consumes an {@link org.echotrace.model.AnalyzedArticle} with sentences and UPOS
 * tags and fills its {@code entities} (people, organisations, places, other names; spans into the
 * original text, confidences, canonical names); rejects nothing. The tagger is ours: an averaged
 * structured perceptron with word classes, trained by {@code echotrace train entities}; the shipped
 * model and the data it was trained on are described in {@code docs/entities.md}.
 */
package org.echotrace.extract.entity;
