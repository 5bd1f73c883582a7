/**
 * Event extraction: consumes an {@link org.echotrace.model.AnalyzedArticle} with its sentences,
 * places and claims, produces its ACLED-shaped claimed {@code events} (date, type, actors, place,
 * fatalities, claimant and chain). Rejects nothing; a sentence without an event cue yields no event.
 */
package org.echotrace.extract.event;
